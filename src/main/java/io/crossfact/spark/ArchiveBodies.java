package io.crossfact.spark;

import io.crossfact.ingest.ReadLimits;
import io.crossfact.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * The bodies report.html diffs for a nightly run. The store keeps no article text (the archive has it), so the few
 * copies a night's report shows whole (at most {@code HtmlReport.MAX_BODY_DIFFS} pairs) are read again from the
 * archive files they came from, with the same reader and limits as ingestion: only those files, never the archive.
 * A file gone from the archive, or rewritten since (its articles then have other ids), gives no body; the page says
 * the whole texts are not available for that copy.
 */
final class ArchiveBodies {
  private ArchiveBodies() {}

  /** Reads the needed articles from {@code listed} (tonight's listing of the archive). */
  static OutputStage.BodySource from(SparkSession spark, List<InputFile> listed, ReadLimits limits) {
    return pathById -> {
      Set<String> paths = new TreeSet<>(pathById.values());
      List<InputFile> files = new ArrayList<>();
      for (InputFile f : listed) {
        if (paths.contains(f.getPath())) {
          files.add(f);
        }
      }
      if (files.isEmpty()) {
        return Map.of();
      }
      files.sort(Comparator.comparing(InputFile::getPath));
      Dataset<Article> read = IngestStage.read(spark, files, Math.max(1, Math.min(files.size(), 8)), limits);
      return OutputStage.bodies(read, pathById.keySet());
    };
  }
}
