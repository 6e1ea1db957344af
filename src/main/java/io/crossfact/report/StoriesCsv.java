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
    CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(new String[0]))
        .build());
    while (rows.hasNext()) {
      StorySummary s = rows.next();
      p.printRecord(s.getStory(), s.getArticles(), s.getFirst(), s.getLast(), s.getLabel(), s.getArticleIds());
    }
    p.flush();
  }
}
