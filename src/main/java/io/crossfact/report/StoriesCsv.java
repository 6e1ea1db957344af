package io.crossfact.report;

import io.crossfact.story.StorySummary;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** stories.csv: one row per story, sorted by story id. */
public final class StoriesCsv {
  public static final List<String> COLUMNS = List.of("story", "articles", "first", "last", "label", "article_ids");

  private StoriesCsv() {}

  public static void write(Writer w, Iterator<StorySummary> rows) throws IOException {
    write(w, rows, false);
  }

  /** As above; {@code raw}: cells as they are, without the apostrophe before a formula start (csv.rawCells). */
  public static void write(Writer w, Iterator<StorySummary> rows, boolean raw) throws IOException {
    CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(new String[0]))
        .build());
    while (rows.hasNext()) {
      StorySummary s = rows.next();
      // The label is made of the articles' own words, so it is defused like every other text cell.
      p.printRecord(s.getStory(), s.getArticles(), s.getFirst(), s.getLast(),
          raw ? s.getLabel() : CsvCells.escape(s.getLabel()), s.getArticleIds());
    }
    p.flush();
  }
}
