package io.crossfact.state;

import io.crossfact.model.Finding;
import io.crossfact.normalize.TextNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * One night's findings: id, type, the night each was first seen, and what identifies it beyond its id (key and the
 * two articles), so that tomorrow's run can recognise it even if a new copy changed which article represents a
 * copy cluster.
 */
public final class FindingsHistory {
  private static final String[] HEADER =
      {"id", "type", "first_seen", "key", "article_a", "article_b", "value_a", "value_b"};

  /** One remembered finding. */
  public static final class Entry {
    public final String id;
    public final String type;
    public final String firstSeen;
    public final String key;
    public final String articleA;
    public final String articleB;
    public final String valueA;
    public final String valueB;

    public Entry(String id, String type, String firstSeen, String key, String articleA, String articleB,
        String valueA, String valueB) {
      this.id = id;
      this.type = type;
      this.firstSeen = firstSeen;
      this.key = key;
      this.articleA = articleA;
      this.articleB = articleB;
      this.valueA = valueA;
      this.valueB = valueB;
    }

    static Entry of(Finding f) {
      return new Entry(f.getId(), f.getType(), f.getFirstSeen(), f.getKey(), f.getArticleA(), f.getArticleB(),
          f.getValueA(), f.getValueB());
    }
  }

  private FindingsHistory() {}

  /** Entries by id; empty when there is no such file. */
  public static Map<String, Entry> read(Path file) throws IOException {
    Map<String, Entry> out = new TreeMap<>();
    if (file == null || !Files.isRegularFile(file)) {
      return out;
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
      for (CSVRecord rec : p) {
        out.put(rec.get("id"), new Entry(rec.get("id"), rec.get("type"), rec.get("first_seen"), rec.get("key"),
            rec.get("article_a"), rec.get("article_b"), optional(rec, "value_a"), optional(rec, "value_b")));
      }
    }
    return out;
  }

  /** Writes the findings (with their first_seen set) atomically: temporary file, then rename. */
  public static void write(Path file, List<Finding> findings) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Map<String, Entry> sorted = new TreeMap<>();
    for (Finding f : findings) {
      sorted.put(f.getId(), Entry.of(f));
    }
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
      for (Entry e : sorted.values()) {
        p.printRecord(e.id, e.type, e.firstSeen, e.key, e.articleA, e.articleB, e.valueA, e.valueB);
      }
    }
    StateDir.moveAtomically(tmp, file);
  }

  /**
   * Gives each current finding the id and first_seen of the previous finding it continues, and returns how many
   * continued. A finding continues a previous one with the same id, or with the same type and key whose articles
   * sit in the same copy clusters (a new reprint can change which copy represents its cluster, and with it the
   * article pair behind the id; the finding is still the same one). Findings that continue nothing are first seen
   * {@code today}.
   *
   * @param clusterOf copy cluster of an article id (its own id when unknown)
   */
  public static int carryForward(List<Finding> current, Map<String, Entry> previous,
      java.util.function.UnaryOperator<String> clusterOf, String today) {
    Map<String, List<Entry>> byTypeKey = new TreeMap<>();
    for (Entry e : previous.values()) {
      byTypeKey.computeIfAbsent(e.type + "\u0001" + e.key, k -> new ArrayList<>()).add(e);
    }
    java.util.Set<String> taken = new java.util.HashSet<>();
    java.util.Set<String> currentIds = new java.util.HashSet<>();
    for (Finding f : current) {
      currentIds.add(f.getId());
    }
    int continued = 0;
    List<Finding> unmatched = new ArrayList<>();
    for (Finding f : current) { // exact ids first, so a cluster match can never take an id a finding still has
      Entry e = previous.get(f.getId());
      if (e != null) {
        taken.add(e.id);
        f.setFirstSeen(e.firstSeen.isEmpty() ? today : e.firstSeen);
        continued++;
      } else {
        unmatched.add(f);
      }
    }
    for (Finding f : unmatched) {
      Entry match = null;
      for (Entry e : byTypeKey.getOrDefault(f.getType() + "\u0001" + f.getKey(), List.of())) {
        if (!taken.contains(e.id) && !currentIds.contains(e.id)
            && (sameClusters(f, e, clusterOf) || sameValues(f, e))) {
          match = e;
          break;
        }
      }
      if (match != null) {
        taken.add(match.id);
        f.setId(match.id);
        f.setFirstSeen(match.firstSeen.isEmpty() ? today : match.firstSeen);
        continued++;
      } else {
        f.setFirstSeen(today);
      }
    }
    return continued;
  }

  private static String optional(CSVRecord rec, String column) {
    return rec.isMapped(column) ? rec.get(column) : "";
  }

  /** The same two versions (typography aside), whichever articles now carry them. */
  private static boolean sameValues(Finding f, Entry e) {
    String fa = TextNormalizer.wordKey(f.getValueA());
    String fb = TextNormalizer.wordKey(f.getValueB());
    String ea = TextNormalizer.wordKey(e.valueA);
    String eb = TextNormalizer.wordKey(e.valueB);
    if (fa.isEmpty() && fb.isEmpty()) {
      return false;
    }
    return fa.equals(ea) && fb.equals(eb) || fa.equals(eb) && fb.equals(ea);
  }

  private static boolean sameClusters(Finding f, Entry e, java.util.function.UnaryOperator<String> clusterOf) {
    String fa = clusterOf.apply(f.getArticleA());
    String fb = f.getArticleB().isEmpty() ? "" : clusterOf.apply(f.getArticleB());
    String ea = clusterOf.apply(e.articleA);
    String eb = e.articleB.isEmpty() ? "" : clusterOf.apply(e.articleB);
    return Objects.equals(fa, ea) && Objects.equals(fb, eb) || Objects.equals(fa, eb) && Objects.equals(fb, ea);
  }
}
