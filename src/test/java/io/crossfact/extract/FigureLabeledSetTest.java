package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction over {@code figures/labeled-sentences.tsv} and holds the floor reached, so a change that loses
 * accuracy fails here. The numbers are printed for the record.
 */
class FigureLabeledSetTest {
  private static final String[] FIELDS = {"unit", "qualifier", "predicate", "scope", "period"};

  /** The floors reached when the set was written; raise them when the extractor improves. */
  private static final double MIN_RECALL = 0.95;
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_FIELD_ACCURACY = 0.90;
  private static final double MIN_EXACT_ROWS = 0.85;

  @Test
  void extractionAccuracyHoldsItsFloor() throws IOException {
    Map<String, List<String[]>> bySentence = new LinkedHashMap<>();
    Map<String, String> published = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/figures/labeled-sentences.tsv"), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        bySentence.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        published.put(f[0], f[1]);
      }
    }
    int expected = 0;
    int extracted = 0;
    int matched = 0;
    int exactRows = 0;
    int[] fieldOk = new int[FIELDS.length];
    List<String> misses = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : bySentence.entrySet()) {
      List<Assertion> got = new ArrayList<>(FigureFixtures.figures(e.getKey(), published.get(e.getKey())));
      extracted += got.size();
      for (String[] row : e.getValue()) {
        if (row[2].equals("-")) {
          if (!got.isEmpty()) {
            misses.add("unexpected " + FigureFixtures.summary(got) + " in: " + e.getKey());
          }
          continue;
        }
        expected++;
        Assertion hit = null;
        for (Assertion a : got) {
          if (a.getValue().equals(row[2])) {
            hit = a;
            break;
          }
        }
        if (hit == null) {
          misses.add("missed " + row[2] + " in: " + e.getKey());
          continue;
        }
        got.remove(hit);
        matched++;
        String[] actual = {hit.getUnit(), hit.getQualifier(), hit.getPredicate(), hit.getScope(), hit.getPeriod()};
        boolean all = true;
        for (int i = 0; i < FIELDS.length; i++) {
          if (actual[i].equals(row[3 + i])) {
            fieldOk[i]++;
          } else {
            all = false;
            misses.add(FIELDS[i] + " '" + actual[i] + "' != '" + row[3 + i] + "' for " + row[2] + " in: " + e.getKey());
          }
        }
        if (all) {
          exactRows++;
        }
      }
    }
    double recall = (double) matched / expected;
    double precision = extracted == 0 ? 0 : (double) matched / extracted;
    double exact = (double) exactRows / expected;
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "labeled set: %d sentences, %d expected figures, %d extracted%n",
        bySentence.size(), expected, extracted));
    report.append(String.format(Locale.ROOT, "  recall %.3f  precision %.3f  all-fields-right %.3f%n", recall,
        precision, exact));
    double minField = 1;
    for (int i = 0; i < FIELDS.length; i++) {
      double acc = matched == 0 ? 0 : (double) fieldOk[i] / matched;
      minField = Math.min(minField, acc);
      report.append(String.format(Locale.ROOT, "  %-9s %.3f%n", FIELDS[i], acc));
    }
    for (String m : misses) {
      report.append("  - ").append(m).append('\n');
    }
    System.out.print(report);
    assertTrue(recall >= MIN_RECALL, report::toString);
    assertTrue(precision >= MIN_PRECISION, report::toString);
    assertTrue(minField >= MIN_FIELD_ACCURACY, report::toString);
    assertTrue(exact >= MIN_EXACT_ROWS, report::toString);
  }
}
