package io.crossfact.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Verdicts on findings, read from one of two shapes: an audit TSV ({@code id, type, verdict, reason}; verdict
 * {@code real} or {@code false}, one row per finding id) or a gold file of discrepancy descriptions
 * ({@code gold.json}: {@code must_flag}, {@code bonus}, {@code must_not_flag} entries matched by type, subject and
 * articles, see {@link GoldEntry}).
 */
public final class FindingLabels {
  /** One audited finding: its id, type, verdict and the reason a reader gave. */
  public record Verdict(String id, String type, boolean real, String reason) {}

  private final String name;
  private final Map<String, Verdict> verdicts;
  private final List<GoldEntry> gold;

  private FindingLabels(String name, Map<String, Verdict> verdicts, List<GoldEntry> gold) {
    this.name = name;
    this.verdicts = verdicts;
    this.gold = gold;
  }

  /** Audit verdicts by finding id (for tests and callers that build them in memory). */
  public static FindingLabels ofVerdicts(String name, List<Verdict> list) {
    Map<String, Verdict> m = new LinkedHashMap<>();
    for (Verdict v : list) {
      m.put(v.id(), v);
    }
    return new FindingLabels(name, m, null);
  }

  /** Gold entries (for tests and callers that build them in memory). */
  public static FindingLabels ofGold(String name, List<GoldEntry> entries) {
    return new FindingLabels(name, null, List.copyOf(entries));
  }

  /** Reads a {@code .json} file as gold entries and anything else as an audit TSV. */
  public static FindingLabels read(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    String stem = fileName.replaceFirst("\\.[^.]+$", "");
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      Path parent = file.toAbsolutePath().getParent();
      String name = stem.equals("gold") && parent != null && parent.getFileName() != null
          ? parent.getFileName().toString() : stem;
      return ofGold(name, readGold(file));
    }
    return ofVerdicts(stem, readTsv(file));
  }

  static List<Verdict> readTsv(Path file) throws IOException {
    List<Verdict> out = new ArrayList<>();
    CSVFormat fmt = CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setCommentMarker('#').build();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : fmt.parse(r)) {
        String verdict = rec.get("verdict").trim().toLowerCase(Locale.ROOT);
        if (!verdict.equals("real") && !verdict.equals("false")) {
          throw new IOException(file + " line " + rec.getRecordNumber() + ": verdict must be real or false, not '"
              + verdict + "'");
        }
        out.add(new Verdict(rec.get("id").trim(), rec.get("type").trim(), verdict.equals("real"),
            rec.isMapped("reason") && rec.isSet("reason") ? rec.get("reason") : ""));
      }
    }
    return out;
  }

  static List<GoldEntry> readGold(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode d = root.path("discrepancies");
    List<GoldEntry> out = new ArrayList<>();
    for (GoldEntry.Kind kind : GoldEntry.Kind.values()) {
      for (JsonNode e : d.path(kind.key)) {
        List<List<String>> arts = new ArrayList<>();
        for (JsonNode side : e.path("articles")) {
          List<String> ids = new ArrayList<>();
          side.forEach(x -> ids.add(x.asText()));
          arts.add(ids);
        }
        out.add(new GoldEntry(e.path("id").asText(), kind, e.path("type").asText(),
            e.path("subject_has").asText(""), arts.size() == 2 ? arts : List.of(), e.path("evidence").asText("")));
      }
    }
    return out;
  }

  public String name() {
    return name;
  }

  public boolean isGold() {
    return gold != null;
  }

  public Map<String, Verdict> verdicts() {
    return verdicts;
  }

  public List<GoldEntry> gold() {
    return gold;
  }
}
