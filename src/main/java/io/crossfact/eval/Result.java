package io.crossfact.eval;

import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts of one evaluation run, the scores derived from them, and a few examples of each kind of error. */
public final class Result {
  /** Examples kept per category: all of them, so {@code --misses} can list every miss. */
  private static final int KEEP_EXAMPLES = Integer.MAX_VALUE;

  int articles;
  int gold;
  int matched;
  int extracted;
  int truePositives;
  int speakerUnscorable;
  /** Hand-checked referents of pronoun Sources (article id, Source offset, referent); empty when none given. */
  java.util.Map<String, java.util.Map<Integer, PolnearEval.Referent>> referents = java.util.Map.of();
  /** Pronoun speakers scored against a hand-checked referent, by sample (dev, test): [right, scored]. */
  private final Map<String, int[]> checked = new TreeMap<>();
  /** Pronoun speakers right against the nearest earlier named Source of any gender: [right, scored]. */
  private final int[] pronounNearestNamed = new int[2];
  private final Map<String, int[]> speakers = new TreeMap<>();
  private final Map<String, Integer> errors = new TreeMap<>();
  private final Map<String, List<String>> examples = new TreeMap<>();
  private final Map<String, Outcome> outcomes = new java.util.HashMap<>();
  private final List<Outcome> falsePositives = new ArrayList<>();

  public int articles() { return articles; }
  public int gold() { return gold; }
  public int matched() { return matched; }
  public int extracted() { return extracted; }
  public int truePositives() { return truePositives; }

  public double precision() {
    return extracted == 0 ? 0 : (double) truePositives / extracted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of matched quotes whose speaker is right, for gold Sources of one kind: named, pronoun, description. */
  public double speakerAccuracy(String kind) {
    int[] c = speakers.get(kind);
    return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  /** Speaker accuracy over named and pronoun Sources together (descriptions are reported apart). */
  public double speakerAccuracy() {
    int right = 0;
    int all = 0;
    for (String k : List.of("named", "pronoun")) {
      int[] c = speakers.getOrDefault(k, new int[2]);
      right += c[0];
      all += c[1];
    }
    return all == 0 ? 0 : (double) right / all;
  }

  public int speakerCount(String kind) {
    return speakers.getOrDefault(kind, new int[2])[1];
  }

  /** Error counts by category (missed-*, false-positive-*, wrong-speaker-*). */
  public Map<String, Integer> errors() {
    return errors;
  }

  void miss(String kind, String id, int key, String text, int s, int e, String source) {
    String example = id + " @" + s + " [" + source + "] " + context(text, s, e);
    count(kind, example);
    outcome(id, key, kind, example);
  }

  void falsePositive(String kind, String id, String text, Assertion a) {
    String example = id + " @" + a.getStart() + " [" + a.getSubject() + "/" + a.getCue() + "] "
        + context(text, a.getStart(), a.getEnd());
    count(kind, example);
    falsePositives.add(new Outcome(id, a.getStart(), a.getEnd(), kind, example));
  }

  void speaker(String kind, boolean right, String id, int key, String text, int s, int e, String reference,
      String ours) {
    int[] c = speakers.computeIfAbsent(kind, k -> new int[2]);
    c[1]++;
    if (right) {
      c[0]++;
      outcome(id, key, "", "");
      return;
    }
    String category = "wrong-speaker-" + kind + (ours.isEmpty() ? "-empty" : "");
    String example = id + " @" + s + " gold=[" + reference + "] ours=[" + ours + "] " + context(text, s, e);
    count(category, example);
    outcome(id, key, category, example);
  }

  /**
   * What became of one item: a gold quote ({@code start} is its offset in the clean text, its identity across
   * perturbed copies; category "" when it was found with a right or unscorable speaker) or a false positive
   * ({@code start}, {@code end} in the scored text).
   */
  public record Outcome(String id, int start, int end, String category, String example) {
    /** 0 right, 1 found with a wrong speaker, 2 missed: a perturbation that raises it broke something. */
    public int severity() {
      return category.isEmpty() ? 0 : category.startsWith("wrong-speaker") ? 1 : 2;
    }
  }

  void outcome(String id, int key, String category, String example) {
    outcomes.put(id + "\t" + key, new Outcome(id, key, key, category, example));
  }

  /** Gold quotes by article id and clean offset ({@code id + "\t" + offset}). */
  public Map<String, Outcome> outcomes() {
    return outcomes;
  }

  /** Every false positive, in scoring order. */
  public List<Outcome> falsePositives() {
    return falsePositives;
  }

  void checkedPronoun(String set, boolean right, String id, String text, int s, int e, String reference,
      String ours) {
    int[] c = checked.computeIfAbsent(set, k -> new int[2]);
    c[1]++;
    if (right) {
      c[0]++;
    } else {
      count("wrong-speaker-checked", id + " @" + s + " [" + set + "] gold=[" + reference + "] ours=[" + ours + "] "
          + context(text, s, e));
    }
  }

  /** Pronoun accuracy on one hand-checked sample ({@code dev}, {@code test}), or NaN when it has no rows. */
  public double checkedPronounAccuracy(String set) {
    int[] c = checked.get(set);
    return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
  }

  /**
   * Named and pronoun accuracy together when pronoun Sources are right at the rate measured on a hand-checked sample
   * rather than against the derived reference: an estimate (the sample's rate carries its sampling error).
   */
  public double speakerAccuracyCheckedPronouns(String set) {
    int[] named = speakers.getOrDefault("named", new int[2]);
    int pronouns = speakers.getOrDefault("pronoun", new int[2])[1];
    double rate = checkedPronounAccuracy(set);
    return named[1] + pronouns == 0 || Double.isNaN(rate) ? Double.NaN
        : (named[0] + rate * pronouns) / (named[1] + pronouns);
  }

  public int checkedPronounCount(String set) {
    int[] c = checked.get(set);
    return c == null ? 0 : c[1];
  }

  void speakerNearestNamed(boolean right) {
    pronounNearestNamed[1]++;
    pronounNearestNamed[0] += right ? 1 : 0;
  }

  /** Pronoun accuracy under the first version of the reference (nearest named Source, gender not checked). */
  public double pronounAccuracyNearestNamed() {
    return pronounNearestNamed[1] == 0 ? 0 : (double) pronounNearestNamed[0] / pronounNearestNamed[1];
  }

  /** Named and pronoun accuracy together with the first version of the pronoun reference. */
  public double speakerAccuracyNearestNamed() {
    int[] named = speakers.getOrDefault("named", new int[2]);
    int all = named[1] + pronounNearestNamed[1];
    return all == 0 ? 0 : (double) (named[0] + pronounNearestNamed[0]) / all;
  }

  private void count(String kind, String example) {
    errors.merge(kind, 1, Integer::sum);
    List<String> ex = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (ex.size() < KEEP_EXAMPLES) {
      ex.add(example);
    }
  }

  private static String context(String text, int s, int e) {
    int from = Math.max(0, s - 120);
    int to = Math.min(text.length(), Math.min(e, s + 200) + 60);
    return text.substring(from, to).replace('\n', '/');
  }

  /** Up to n examples of each error category, for reading what went wrong. */
  public String examples(int n) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<String>> e : examples.entrySet()) {
      b.append("== ").append(e.getKey()).append('\n');
      for (String x : e.getValue().subList(0, Math.min(n, e.getValue().size()))) {
        b.append("  ").append(x).append('\n');
      }
    }
    return b.toString();
  }

  /** Every kept example, one a line, each prefixed by its category: for grouping misses by hand. */
  public String allExamples() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, List<String>> e : examples.entrySet()) {
      for (String x : e.getValue()) {
        b.append(e.getKey()).append('\t').append(x).append('\n');
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "articles            %6d%n", articles));
    b.append(String.format(Locale.ROOT, "gold quotes         %6d%n", gold));
    b.append(String.format(Locale.ROOT, "extracted (4+ words)%6d%n", extracted));
    b.append(String.format(Locale.ROOT, "precision           %6.3f  (%d/%d)%n", precision(), truePositives, extracted));
    b.append(String.format(Locale.ROOT, "recall              %6.3f  (%d/%d)%n", recall(), matched, gold));
    b.append(String.format(Locale.ROOT, "F1                  %6.3f%n", f1()));
    for (Map.Entry<String, int[]> e : speakers.entrySet()) {
      b.append(String.format(Locale.ROOT, "speaker %-12s%6.3f  (%d/%d)%n", e.getKey(),
          e.getValue()[1] == 0 ? 0.0 : (double) e.getValue()[0] / e.getValue()[1], e.getValue()[0],
          e.getValue()[1]));
    }
    b.append(String.format(Locale.ROOT, "speaker named+pron. %6.3f%n", speakerAccuracy()));
    b.append(String.format(Locale.ROOT, "  without the gender check of the pronoun reference (first version):%n"));
    b.append(String.format(Locale.ROOT, "speaker pronoun     %6.3f  (%d/%d)%n", pronounAccuracyNearestNamed(),
        pronounNearestNamed[0], pronounNearestNamed[1]));
    b.append(String.format(Locale.ROOT, "speaker named+pron. %6.3f%n", speakerAccuracyNearestNamed()));
    for (Map.Entry<String, int[]> e : checked.entrySet()) {
      b.append(String.format(Locale.ROOT, "speaker pronoun, hand-checked referents (%s) %6.3f  (%d/%d)%n", e.getKey(),
          (double) e.getValue()[0] / e.getValue()[1], e.getValue()[0], e.getValue()[1]));
    }
    if (checked.containsKey("test")) {
      b.append(String.format(Locale.ROOT, "speaker named+pron., pronouns at the hand-checked test rate %6.3f "
          + "(estimate)%n", speakerAccuracyCheckedPronouns("test")));
    }
    b.append(String.format(Locale.ROOT, "speaker unscorable  %6d%n", speakerUnscorable));
    for (Map.Entry<String, Integer> e : errors.entrySet()) {
      b.append(String.format(Locale.ROOT, "  %-32s%6d%n", e.getKey(), e.getValue()));
    }
    return b.toString();
  }
}
