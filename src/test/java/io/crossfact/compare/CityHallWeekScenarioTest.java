package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * All comparers over one realistic week of coverage (fixture city-hall-week.csv): every benign variation stays
 * silent and each real discrepancy is found once, on the right sides, at the right severity.
 */
class CityHallWeekScenarioTest {

  static List<Assertion> load(String resource) throws IOException {
    List<Assertion> out = new ArrayList<>();
    try (InputStream in = CityHallWeekScenarioTest.class.getResourceAsStream(resource);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat fmt = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
          .build();
      for (CSVRecord rec : fmt.parse(r)) {
        Assertion a = new Assertion();
        a.setArticleId(rec.get("article_id"));
        a.setSource(rec.get("source"));
        a.setPublished(rec.get("published"));
        a.setCluster(rec.get("cluster"));
        a.setKind(rec.get("kind"));
        a.setSubject(rec.get("subject"));
        a.setPredicate(rec.get("predicate"));
        a.setValue(rec.get("value"));
        a.setUnit(rec.get("unit"));
        a.setQualifier(rec.get("qualifier"));
        a.setScope(rec.get("scope"));
        a.setPeriod(rec.get("period"));
        a.setLow(rec.get("low").isEmpty() ? 0 : Double.parseDouble(rec.get("low")));
        a.setHigh(rec.get("high").isEmpty() ? 0 : Double.parseDouble(rec.get("high")));
        a.setSpeakerKind(rec.get("speaker_kind"));
        a.setText(rec.get("text"));
        a.setUrl("https://example.org/" + a.getArticleId());
        String located = a.getKind().equals(Assertion.FIGURE) ? rec.get("stated") : a.getValue();
        int at = a.getText().indexOf(located);
        a.setTextStart(1000);
        a.setTextEnd(1000 + a.getText().length());
        a.setStart(1000 + Math.max(at, 0));
        a.setEnd(1000 + Math.max(at, 0) + located.length());
        out.add(a);
      }
    }
    return out;
  }

  private static List<Finding> runAll(List<Assertion> all) {
    Map<String, List<Assertion>> byKind = new TreeMap<>();
    for (Assertion a : all) {
      byKind.computeIfAbsent(a.getKind(), k -> new ArrayList<>()).add(a);
    }
    Map<String, List<Assertion>> rolesByPerson = new TreeMap<>();
    for (Assertion a : byKind.get(Assertion.ROLE)) {
      rolesByPerson.computeIfAbsent(Names.surname(a.getSubject()), k -> new ArrayList<>()).add(a);
    }
    List<Finding> out = new ArrayList<>();
    out.addAll(new QuoteComparer(Fx.with(java.util.Map.of("quote.reportShortened", "1"))).compare(byKind.get(Assertion.QUOTE)));
    out.addAll(new FigureComparer(Fx.defaults()).compare(byKind.get(Assertion.FIGURE)));
    for (List<Assertion> roles : rolesByPerson.values()) {
      out.addAll(new RoleComparer(Fx.defaults()).compare(roles));
    }
    return out;
  }

  private static String summary(List<Finding> fs) {
    List<String> rows = new ArrayList<>();
    for (Finding f : fs) {
      rows.add(String.format(Locale.ROOT, "%s %s %s/%s %s", f.getType(), f.getSeverity(), f.getArticleA(),
          f.getArticleB(), f.getSignals().replaceAll("=[0-9.]+", "")));
    }
    rows.sort(null);
    return String.join("\n", rows);
  }

  @Test
  void onlyTheSixRealDiscrepanciesAreFlagged() throws IOException {
    List<Finding> fs = runAll(load("/compare/city-hall-week.csv"));
    assertEquals(String.join("\n",
        "figure_conflict medium i2/w1 relative-diff;independent-a;independent-b;both-exact",
        "figure_drift high w3/w1 relative-diff;same-copy-cluster",
        "quote_drift high w3/w1 negation-changed",
        "quote_drift low i2/w1 shortened",
        "quote_misattribution high i3/w1 similarity",
        "role_conflict high i2/w1 office"), summary(fs));
  }

  @Test
  void scenarioIsOrderIndependent() throws IOException {
    List<Assertion> in = load("/compare/city-hall-week.csv");
    String expected = Fx.render(runAll(in));
    for (List<Assertion> s : Fx.shuffles(in)) {
      assertEquals(expected, Fx.render(runAll(s)));
    }
  }
}
