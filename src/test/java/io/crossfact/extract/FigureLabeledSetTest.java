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

  /** The tuning set: the extractor was developed against it, so its floor guards against regressions only. */
  @Test
  void tuningSetAccuracyHoldsItsFloor() throws IOException {
    measure("/figures/labeled-sentences.tsv", 0.98, 0.98, 0.98, 0.98);
  }

  /**
   * Sentences written and labeled after tuning on the first set. First measurement, before any change prompted by
   * them: recall 0.800, precision 0.960, all fields right 0.633. Generic fixes followed (see the file header), so this
   * is no longer strictly unseen; the floors are what it reaches now.
   */
  @Test
  void heldOutAccuracyHoldsItsFloor() throws IOException {
    measure("/figures/labeled-sentences-heldout.tsv", MIN_HELDOUT_RECALL, MIN_HELDOUT_PRECISION,
        MIN_HELDOUT_FIELD, MIN_HELDOUT_EXACT);
  }

  private static final double MIN_HELDOUT_RECALL = 0.96;
  private static final double MIN_HELDOUT_PRECISION = 0.99;
  private static final double MIN_HELDOUT_FIELD = 0.85;
  private static final double MIN_HELDOUT_EXACT = 0.79;

  private void measure(String resource, double minRecall, double minPrecision, double minField, double minExact)
      throws IOException {
    Map<String, List<String[]>> bySentence = new LinkedHashMap<>();
    Map<String, String> published = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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
          if (actual[i].equals(row[3 + i]) || row[3 + i].equals("*")) {
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
    report.append(String.format(Locale.ROOT, "%s: %d sentences, %d expected figures, %d extracted%n",
        resource, bySentence.size(), expected, extracted));
    report.append(String.format(Locale.ROOT, "  recall %.3f  precision %.3f  all-fields-right %.3f%n", recall,
        precision, exact));
    double worstField = 1;
    for (int i = 0; i < FIELDS.length; i++) {
      double acc = matched == 0 ? 0 : (double) fieldOk[i] / matched;
      worstField = Math.min(worstField, acc);
      report.append(String.format(Locale.ROOT, "  %-9s %.3f%n", FIELDS[i], acc));
    }
    for (String m : misses) {
      report.append("  - ").append(m).append('\n');
    }
    System.out.print(report);
    assertTrue(recall >= minRecall, report::toString);
    assertTrue(precision >= minPrecision, report::toString);
    assertTrue(worstField >= minField, report::toString);
    assertTrue(exact >= minExact, report::toString);
  }
}
