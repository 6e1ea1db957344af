package io.crossfact.report;

import io.crossfact.model.Finding;
import java.util.Locale;
import java.util.Map;

/**
 * What the signals of a finding mean and how its score is made, for the report's signals table.
 *
 * <p>Signals are of unlike kinds (a number of days, a similarity, a count of reports, a weight), so the page never
 * adds them up: each is written in its own unit with its meaning, and one sentence per type says how the comparer
 * turns them into the score. The sentences restate the formulas of {@code io.crossfact.compare} (FigureComparer,
 * StoryFigureComparer, QuoteComparer, RoleComparer, RepublicationDetector, ExpertScorer); a change there should be
 * mirrored here. Only a suspect expert's signals are all weights that add up to its score, so only there is a sum
 * shown.
 */
final class SignalGlossary {
  private SignalGlossary() {}

  private enum Unit { DAYS, SHARE, APART, REPORTS, FLAG, WEIGHT, RULE, FACTOR, TEXT }

  private record Entry(Unit unit, String meaning) {}

  private static final Map<String, Entry> SIGNALS = Map.ofEntries(
      Map.entry("relative-diff", new Entry(Unit.APART, "how far apart the two figures are, as a share of the larger")),
      Map.entry("same-copy-cluster", new Entry(Unit.WEIGHT, "added because the two are copies of one text")),
      Map.entry("rewritten-sentence", new Entry(Unit.WEIGHT, "one report rewrote the other's sentence (adds nothing)")),
      Map.entry("over-dates", new Entry(Unit.WEIGHT, "the figure was updated on later days (adds nothing)")),
      Map.entry("independent-a", new Entry(Unit.REPORTS, "independent reports (copies counted once) giving the"
          + " later report's figure")),
      Map.entry("independent-b", new Entry(Unit.REPORTS, "independent reports (copies counted once) giving the"
          + " earlier report's figure")),
      Map.entry("both-exact", new Entry(Unit.WEIGHT, "added because both figures are stated exactly")),
      Map.entry("story", new Entry(Unit.FLAG, "the two reports cover one story")),
      Map.entry("similarity", new Entry(Unit.SHARE, "how alike the two texts are")),
      Map.entry("inferred-speaker", new Entry(Unit.FACTOR, "a speaker was inferred from a pronoun or description")),
      Map.entry("age-days", new Entry(Unit.DAYS, "days between the original (or its dated evidence) and the later"
          + " date")),
      Map.entry("event-age-days", new Entry(Unit.DAYS, "days between the latest event the text mentions and its"
          + " date")),
      Map.entry("evidence", new Entry(Unit.TEXT, "what dates the text earlier")),
      Map.entry("evidence-date", new Entry(Unit.TEXT, "the date that evidence gives")),
      Map.entry("in-copy", new Entry(Unit.FLAG, "the evidence is in a copy of the article, not the article itself")),
      Map.entry("unseen", new Entry(Unit.WEIGHT, "no other independent report mentions this person")),
      Map.entry("generic-name", new Entry(Unit.WEIGHT, "a name fabricated sources commonly carry")),
      Map.entry("vague-institution", new Entry(Unit.WEIGHT, "an institution that identifies nothing checkable")),
      Map.entry("generic-quote", new Entry(Unit.WEIGHT, "a quote that says nothing checkable")),
      Map.entry("many-experts", new Entry(Unit.WEIGHT, "several experts in the article show these signs")),
      Map.entry("content-farm", new Entry(Unit.WEIGHT, "the page looks like a content farm")),
      Map.entry("roster", new Entry(Unit.WEIGHT, "added because the roster of office holders agrees")),
      Map.entry("roster-outdated", new Entry(Unit.RULE, "the roster says the role had ended by that date")),
      Map.entry("roster-never-held", new Entry(Unit.RULE, "the roster says the person never held the role")));

  /** The value written in its unit: {@code 440 days}, {@code 92%}, {@code 64% apart}, {@code +0.10}, {@code yes}. */
  static String value(String type, String name, String raw) {
    Entry e = entry(type, name);
    if (raw.isEmpty()) {
      return "";
    }
    Double d = number(raw);
    if (d == null || e.unit == Unit.TEXT) {
      return raw;
    }
    switch (e.unit) {
      case DAYS: return Math.round(d) == 1 ? "1 day" : Math.round(d) + " days";
      case SHARE: return Math.round(d * 100) + "%";
      case APART: return Math.round(d * 100) + "% apart";
      case REPORTS: return Math.round(d) == 1 ? "1 report" : Math.round(d) + " reports";
      case FLAG: return d != 0 ? "yes" : "no";
      case FACTOR: return String.format(Locale.ROOT, "\u00D7%.2f", d);
      case RULE: return String.format(Locale.ROOT, "%.2f", d);
      default: return String.format(Locale.ROOT, "%+.2f", d);
    }
  }

  /** What the signal means; a signal this glossary does not know is named a weight of the rule it names. */
  static String meaning(String type, String name) {
    return entry(type, name).meaning;
  }

  private static Entry entry(String type, String name) {
    Entry e = SIGNALS.get(name);
    if (e != null) {
      return e;
    }
    if (Finding.QUOTE_DRIFT.equals(type)) {
      return new Entry(Unit.RULE, "weight of this kind of change (" + name.replace('-', ' ') + ")");
    }
    if (Finding.ROLE_CONFLICT.equals(type)) {
      return new Entry(Unit.RULE, "weight of this reason the roles cannot both hold (" + name.replace('-', ' ')
          + ")");
    }
    if (Finding.SUSPECT_EXPERT.equals(type)) {
      return new Entry(Unit.WEIGHT, "weight recorded by the comparer");
    }
    return new Entry(Unit.RULE, "value recorded by the comparer");
  }

  /** One sentence: how the comparer made this type's score from its signals. */
  static String recipe(String type, String raw) {
    boolean story = raw.contains("story=");
    switch (type) {
      case Finding.FIGURE_CONFLICT:
        return story
            ? "Score = 0.60, plus up to 0.30 as the figures move apart (all of it at 50% apart), plus 0.05 when both"
                + " are exact."
            : "Score = 0.35, plus up to 0.45 as the figures move apart (all of it at 50% apart), plus up to 0.10 as"
                + " more independent reports back the weaker side, plus 0.05 when both are exact.";
      case Finding.FIGURE_DRIFT:
        return story
            ? "Score = 0.30, plus up to 0.20 as the figures move apart (all of it at 50% apart)."
            : "Score = 0.45, plus up to 0.40 as the figures move apart (all of it at 50% apart), plus 0.10 when the"
                + " two are copies of one text.";
      case Finding.QUOTE_DRIFT:
        return "Score = the weight of the strongest change, times 0.9 to 1.0 as the rest of the quote is alike, plus"
            + " 0.02 for each further change of meaning (at most 0.06); times 0.9 when a speaker was inferred.";
      case Finding.QUOTE_MISATTRIBUTION:
        return "Score = 0.70, plus up to 0.25 the more alike the two quotes are; times 0.85 when a speaker was"
            + " inferred.";
      case Finding.ROLE_CONFLICT:
        return "Score = the weight of the strongest reason, plus 0.03 for each further reason; times 0.9 when a date"
            + " is missing.";
      case Finding.STALE_REPUBLICATION:
        if (raw.contains("similarity=")) {
          return "Score = 0.45, plus up to 0.30 the older the original (beyond the minimum age), plus up to 0.20 the"
              + " closer the copy.";
        }
        if (raw.contains("event-age-days=")) {
          return "Score = 0.30, plus up to 0.15 the older the latest event the text mentions.";
        }
        return "Score = 0.50, plus up to 0.30 the older the dated evidence (beyond the minimum age), plus 0.10 unless"
            + " the evidence is a role held.";
      case Finding.SUSPECT_EXPERT:
        return "Score = the sum of the weights of the signs that fired, at most 1.";
      default:
        return "";
    }
  }

  /** For a suspect expert, whose signals are all weights, their sum (the score before capping at 1); else empty. */
  static String sum(String type, String raw) {
    if (!Finding.SUSPECT_EXPERT.equals(type)) {
      return "";
    }
    double total = 0;
    boolean any = false;
    for (String part : raw.split(";")) {
      int eq = part.lastIndexOf('=');
      Double d = eq > 0 ? number(part.substring(eq + 1).strip()) : null;
      if (d != null) {
        total += d;
        any = true;
      }
    }
    return any ? String.format(Locale.ROOT, "%.2f", total) : "";
  }

  private static Double number(String s) {
    try {
      double d = Double.parseDouble(s);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
