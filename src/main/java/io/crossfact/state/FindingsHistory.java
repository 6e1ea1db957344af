package io.crossfact.state;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** One night's findings, by id: their type and the night each was first seen. */
public final class FindingsHistory {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader("id", "type", "first_seen").build();

  private FindingsHistory() {}

  /** id -> {type, first_seen}; empty when there is no such file. */
  public static Map<String, String[]> read(Path file) throws IOException {
    Map<String, String[]> out = new TreeMap<>();
    if (file == null || !Files.isRegularFile(file)) {
      return out;
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
      for (CSVRecord rec : p) {
        out.put(rec.get("id"), new String[] {rec.get("type"), rec.get("first_seen")});
      }
    }
    return out;
  }

  /** Writes atomically (temporary file, then rename). */
  public static void write(Path file, Map<String, String[]> rows) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, FORMAT)) {
      for (Map.Entry<String, String[]> e : new TreeMap<>(rows).entrySet()) {
        p.printRecord(e.getKey(), e.getValue()[0], e.getValue()[1]);
      }
    }
    StateDir.moveAtomically(tmp, file);
  }
}
