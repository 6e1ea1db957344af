package io.crossfact.report;

import io.crossfact.model.ArticleSummary;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small, fixed inputs for the report tests: one finding of each shape the page renders differently. */
final class ReportFixtures {
  private ReportFixtures() {}

  static RunSummary run() {
    RunSummary r = new RunSummary();
    r.setStartedAt("2026-11-25T08:00:00Z");
    r.setFinishedAt("2026-11-25T08:01:05.250Z");
    r.setInputs(List.of("data/news", "data/extra.jsonl"));
    r.setOut("out/run1");
    r.setMaster("local[*]");
    r.setDocumentsSeen(5);
    r.setDocumentsOk(4);
    r.setDocumentsQuarantined(1);
    r.setQuarantineReasons(Map.of("unreadable", 1L));
    r.setAssertionsByKind(Map.of("quote", 7L, "figure", 3L));
    r.addStageSeconds("ingest", 1.23456);
    r.addStageSeconds("extract", 2.5);
    r.setVersions(Map.of("crossfact", "0.1.0", "spark", "3.5.7", "java", "17"));
    r.setConfig(Map.of("quote.minWords", "4", "expert.threshold", "0.6"));
    return r;
  }

  static Finding quoteDrift() {
    Finding f = new Finding();
    f.setId("QD-111111111111");
    f.setType(Finding.QUOTE_DRIFT);
    f.setSeverity(Finding.HIGH);
    f.setScore(0.85);
    f.setSubject("Maria Lopez");
    f.setKey("maria lopez|we will rebuild");
    f.setValueA("We will rebuild every home by spring");
    f.setArticleA("a1");
    f.setSourceA("Daily Planet");
    f.setPublishedA("2026-03-01");
    f.setEvidenceA("\u201CWe will rebuild every home by spring,\u201D Lopez said on Monday.");
    f.setUrlA("https://planet.example/a1");
    f.setValueB("We will rebuild most homes by summer");
    f.setArticleB("b2");
    f.setSourceB("Gazette");
    f.setPublishedB("2026-03-04");
    f.setEvidenceB("Lopez said: \"we will rebuild most homes by summer.\"");
    f.setUrlB("https://gazette.example/b2");
    f.setExplanation("The same quote differs in 4 words between the two reports.");
    return f;
  }

  static Finding figureConflict() {
    Finding f = new Finding();
    f.setId("FC-222222222222");
    f.setType(Finding.FIGURE_CONFLICT);
    f.setSeverity(Finding.MEDIUM);
    f.setScore(0.6);
    f.setSubject("overdose deaths, Ohio");
    f.setKey("overdose_deaths|Ohio|2023");
    f.setValueA("1400000");
    f.setArticleA("c3");
    f.setSourceA("Herald");
    f.setPublishedA("2026-01-10");
    f.setEvidenceA("Officials counted 1.4 million overdose deaths in Ohio in 2023.");
    f.setValueB("450");
    f.setArticleB("d4");
    f.setSourceB("Courier");
    f.setPublishedB("2026-01-12");
    f.setEvidenceB("In 2023, 450 people died of overdoses in Ohio.");
    f.setExplanation("The two reports give figures 99% apart for the same metric, place and period.");
    return f;
  }

  static Finding suspectExpert() {
    Finding f = new Finding();
    f.setId("SE-333333333333");
    f.setType(Finding.SUSPECT_EXPERT);
    f.setSeverity(Finding.LOW);
    f.setScore(0.45);
    f.setSubject("Dr. John Smith");
    f.setKey("john smith");
    f.setValueA("Dr. John Smith, a researcher at a leading university");
    f.setArticleA("e5");
    f.setSourceA("contentfarm.example");
    f.setPublishedA("2026-02-02");
    f.setEvidenceA("\u201CThis is a game changer,\u201D said Dr. John Smith, a researcher at a leading university.");
    f.setSignals("genericName=0.3;vagueInstitution=0.25;genericQuote=0.15");
    f.setExplanation("Generic name, vague institution and a generic quote; nobody else quotes this expert.");
    return f;
  }

  static Finding figureDrift() {
    Finding f = new Finding();
    f.setId("FD-444444444444");
    f.setType(Finding.FIGURE_DRIFT);
    f.setSeverity(Finding.MEDIUM);
    f.setScore(0.7);
    f.setSubject("evictions, Denver");
    f.setKey("evictions|Denver|2025");
    f.setValueA("12000");
    f.setArticleA("f6");
    f.setSourceA("Courier");
    f.setPublishedA("2026-05-10");
    f.setEvidenceA("By May the count of evictions in Denver for 2025 had reached 12,000.");
    f.setValueB("1200");
    f.setArticleB("g7");
    f.setSourceB("Herald");
    f.setPublishedB("2026-02-01");
    f.setEvidenceB("Denver saw 1,200 evictions in 2025, the city said.");
    f.setSignals("drift=growing");
    f.setExplanation("The later report gives ten times the earlier figure for the same metric, place and year.");
    return f;
  }

  /** The night of {@link #triageRun()}. */
  static final String NIGHT = "2026-11-25";

  /** A run compared with the night before, with a triage file. */
  static RunSummary triageRun() {
    RunSummary r = run();
    r.setRunDate(NIGHT);
    r.setPreviousRun("out/2026-11-24");
    r.setTriageFile("triage/decisions.csv");
    r.setTriageCounts(new Triage.Counts(1, 3, 1, 2));
    return r;
  }

  /**
   * One finding of each triage state: a confirmed quote drift with a note, a figure drift first seen tonight, a
   * dismissed figure conflict, and a suspect expert whose evidence quotes a script tag.
   */
  static List<Finding> triageFindings() {
    Finding quote = quoteDrift();
    quote.setStatus("confirmed");
    quote.setFirstSeen("2026-11-20");
    quote.setNote("Called the mayor's office: the <b>spring</b> version is the original.");
    Finding drift = figureDrift();
    drift.setFirstSeen(NIGHT);
    Finding dismissed = figureConflict();
    dismissed.setStatus("dismissed");
    dismissed.setFirstSeen("2026-11-02");
    dismissed.setNote("Different years; not a conflict.");
    Finding expert = suspectExpert();
    expert.setFirstSeen("2026-11-24");
    expert.setEvidenceA("The page embedded <script>alert(1)</script> next to the quote \u201CThis is a game changer,\u201D"
        + " said Dr. John Smith, a researcher at a leading university.");
    List<Finding> l = new ArrayList<>(List.of(quote, drift, dismissed, expert));
    l.sort(CsvReports.FINDING_ORDER);
    return l;
  }

  static List<Finding> threeFindings() {
    List<Finding> l = new ArrayList<>(List.of(quoteDrift(), figureConflict(), suspectExpert()));
    l.sort(CsvReports.FINDING_ORDER);
    return l;
  }

  static Map<String, ArticleSummary> articles() {
    Map<String, ArticleSummary> m = new LinkedHashMap<>();
    for (String id : List.of("a1", "b2", "c3", "d4", "e5")) {
      ArticleSummary s = new ArticleSummary();
      s.setArticleId(id);
      s.setTitle("Title of " + id);
      s.setStatus("ok");
      s.setUrl("https://archive.example/" + id);
      m.put(id, s);
    }
    ArticleSummary bad = new ArticleSummary();
    bad.setArticleId("zz9");
    bad.setPath("in/zz9.warc.gz");
    bad.setStatus("quarantined");
    bad.setReason("unreadable: truncated gzip");
    m.put(bad.getArticleId(), bad);
    return m;
  }

  /** {@code n} findings cycling through the three shapes, with distinct ids and varied evidence. */
  static List<Finding> many(int n) {
    List<Finding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Finding f = i % 3 == 0 ? quoteDrift() : i % 3 == 1 ? figureConflict() : suspectExpert();
      f.setId(f.getId().substring(0, 3) + String.format(Locale.ROOT, "%012x", i));
      f.setScore((i % 1000) / 1000.0);
      f.setEvidenceA(f.getEvidenceA() + " Paragraph " + i + " adds some context about the event and its aftermath.");
      out.add(f);
    }
    out.sort(CsvReports.FINDING_ORDER);
    return out;
  }

  /** One finding of each of the seven types, for screenshots and layout checks; original text. */
  static List<Finding> everyType() {
    Finding mis = quoteDrift();
    mis.setId("QM-555555555555");
    mis.setType(Finding.QUOTE_MISATTRIBUTION);
    mis.setSubject("Maria Lopez / Tom Reyes");
    mis.setValueB(mis.getValueA());
    mis.setEvidenceB("\u201CWe will rebuild every home by spring,\u201D Reyes told reporters.");
    mis.setSignals("similarity=1.00");
    mis.setExplanation("The same words are attributed to Maria Lopez in the earlier report and to Tom Reyes in the"
        + " later one. Check who said them.");
    Finding role = new Finding();
    role.setId("RC-666666666666");
    role.setType(Finding.ROLE_CONFLICT);
    role.setSeverity(Finding.HIGH);
    role.setScore(0.85);
    role.setSubject("Dana Whitfield");
    role.setKey("dana whitfield");
    role.setValueA("representative");
    role.setArticleA("c3");
    role.setSourceA("Herald");
    role.setPublishedA("2026-04-02");
    role.setEvidenceA("Rep. Dana Whitfield said the bill would pass.");
    role.setValueB("senator");
    role.setArticleB("d4");
    role.setSourceB("Courier");
    role.setPublishedB("2026-03-28");
    role.setEvidenceB("Senator Dana Whitfield, who chairs the committee, disagreed.");
    role.setSignals("office=0.85");
    role.setExplanation("Dana Whitfield is called 'representative' in the later report but 'senator' in the earlier"
        + " one: different offices.");
    Finding copy = new Finding();
    copy.setId("SR-777777777777");
    copy.setType(Finding.STALE_REPUBLICATION);
    copy.setSeverity(Finding.HIGH);
    copy.setScore(0.755);
    copy.setSubject("b2");
    copy.setKey("b2");
    copy.setValueA("2026-05-21");
    copy.setArticleA("a1");
    copy.setSourceA("dailyhub.example");
    copy.setPublishedA("2026-05-21");
    copy.setEvidenceA("Committee backs 48 new treatment beds");
    copy.setValueB("2025-03-08");
    copy.setArticleB("b2");
    copy.setSourceB("Valley Herald");
    copy.setPublishedB("2025-03-08");
    copy.setEvidenceB("Committee backs 48 new treatment beds");
    copy.setSignals("age-days=440;similarity=0.92");
    copy.setExplanation("The later article is a 92% copy of one published 440 days earlier. Check whether it"
        + " presents old news as new.");
    List<Finding> l = new ArrayList<>(List.of(quoteDrift(), figureConflict(), suspectExpert(), figureDrift(), mis,
        role, copy));
    for (Finding f : l) {
      f.setFirstSeen(NIGHT);
    }
    // The widest status cell: "confirmed" with the "new" badge (it was cut to "confirmed …").
    l.stream().filter(f -> f.getId().equals("QD-111111111111")).forEach(f -> f.setStatus(Triage.CONFIRMED));
    l.sort(CsvReports.FINDING_ORDER);
    return l;
  }

  /** Articles of {@link #everyType()}: a1 and b2 are copies of one text (one cluster), so they get a body diff. */
  static Map<String, ArticleSummary> copyArticles() {
    Map<String, ArticleSummary> m = articles();
    m.get("a1").setCluster("b2");
    m.get("b2").setCluster("b2");
    return m;
  }

  /** The two copies' texts: a second change ("on Tuesday" for "this week") far from the flagged one. */
  static Map<String, String> copyBodies() {
    String middle = "The committee heard from nurses, county officials and two families who had waited months for a"
        + " bed. Members asked how the beds would be staffed and who would pay for the first year. ";
    return Map.of(
        "b2", "Committee backs 48 new treatment beds\n\nThe state senate committee voted this week to back 48 new"
            + " residential treatment beds. " + middle.repeat(3) + "A final vote is expected in April.",
        "a1", "Committee backs 48 new treatment beds\n\nThe state senate committee voted on Tuesday to back 48 new"
            + " residential treatment beds. " + middle.repeat(3) + "A final vote is expected in May.");
  }
}
