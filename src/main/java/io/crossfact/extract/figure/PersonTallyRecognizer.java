package io.crossfact.extract.figure;

import static io.crossfact.extract.figure.FigureTokens.NUM;
import static io.crossfact.extract.figure.FigureTokens.WORD;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tallies that belong to a named person or team and that the general reading of a number misses, each a rule of one
 * shape (the number has been read at {@code f}; {@code after} is the token after it):
 *
 * <ul>
 *   <li><b>win-loss record</b> beside its owner: "Petrov (40-2, 29 KOs)", "Ivan Petrov, 41-2, 30 KO's", "Denver's
 *       record rose to 9-5", "the Hawks stand at 10-5": class {@code record}, the value the wins, about the owner
 *       (through the article's full names: "Denver" is "Denver Hawks" when the article says so);</li>
 *   <li><b>times hit</b>: "hitting Reyes eight times", "Reyes was shot 11 times": class {@code hits};</li>
 *   <li><b>a career total without its noun</b>: "now has 1,803 for his career": class {@code career_points}.</li>
 * </ul>
 *
 * A score of a game ("won 20-13") has no owner beside it and stays what the general reading makes of it.
 */
final class PersonTallyRecognizer {
  static final Set<String> HIT_VERBS = Set.of("shot", "hit", "struck", "hitting", "striking", "shooting", "shoot");
  private static final Set<String> RECORD_VERBS = Set.of("rose", "improved", "fell", "dropped", "went", "moved",
      "is", "was", "stands", "stood", "stand", "are", "were", "now", "climbed", "slipped");
  private static final Set<String> NOT_OWNERS = Set.of("the", "a", "an", "and", "but", "in", "on", "at", "by", "with",
      "for", "from", "after", "before", "of", "to", "he", "she", "they", "it", "his", "her", "their", "its");

  private final FigureText x;
  private final FigureTokens t;
  private Map<String, String> fullNames;

  PersonTallyRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
  }

  /** Reads a tally at f; returns the next token, or -1 when the number is no tally of these shapes. */
  int read(Fig f, int after, int ts, int te) {
    if (!f.currency.isEmpty() || f.value == null || f.value.signum() < 0 || f.value.stripTrailingZeros().scale() > 0
        || !f.unit.isEmpty()) {
      return -1;
    }
    if (t.type[f.first] == NUM && t.isSym(after, '-') && t.glued(after) && after + 1 < te
        && t.type[after + 1] == NUM && t.glued(after + 1) && t.suffix[after + 1].isEmpty()) {
      int end = after + 1;
      if (t.isSym(end + 1, '-') && t.glued(end + 1) && end + 2 < te && t.type[end + 2] == NUM && t.glued(end + 2)) {
        end += 2; // wins-losses-draws
      }
      String owner = recordOwner(f.first, ts, end, te);
      if (owner.isEmpty()) {
        return -1;
      }
      set(f, "record", owner, end, "wins");
      return end + 1;
    }
    if (t.isWord(after, "times") && f.value.compareTo(BigDecimal.valueOf(100)) <= 0) {
      String owner = hitOwner(f.qStart, ts);
      if (owner == null) {
        return -1;
      }
      set(f, "hits", owner, after, "");
      return after + 1;
    }
    if (f.qStart - 2 >= ts && t.isWord(f.qStart - 2, "now")
        && (t.isWord(f.qStart - 1, "has") || t.isWord(f.qStart - 1, "have")) && after + 2 < te
        && t.isWord(after, "for") && t.isWord(after + 2, "career")) {
      set(f, "career_points", null, f.last, "points");
      return after + 3;
    }
    return -1;
  }

  private static void set(Fig f, String klass, String owner, int last, String unit) {
    f.klass = klass;
    f.owner = owner;
    f.last = last;
    f.predicate = klass;
    f.subject = klass.replace('_', ' ');
    f.unit = unit;
  }

  /** The team or fighter a record at [first, end] belongs to, "" when none stands beside it. */
  private String recordOwner(int first, int ts, int end, int te) {
    int k = first - 1;
    // "4-4 on the road", "8-1 in games decided by one score": a split of the record, not the record
    if (end + 1 < te && t.type[end + 1] == WORD && SPLITS.contains(t.lower[end + 1])) {
      return "";
    }
    // "Petrov (40-2", and "Ivan Petrov, 41-2, 30 KOs" (a boxer's record then knockouts; "beat the Hawks, 31-24." is a
    // score)
    if (k >= ts && (t.isSym(k, '(') || t.isSym(k, ',') && t.isSym(end + 1, ',') && end + 2 < te
        && t.type[end + 2] == NUM)) {
      return owner(k - 1, ts);
    }
    // "Denver's record rose to 9-5", "the Hawks stand at 10-5"
    int j = k;
    while (j >= ts && j > k - 3 && (t.isWord(j, "to") || t.isWord(j, "at"))) {
      j--;
    }
    boolean verb = false;
    while (j >= ts && j > k - 4 && t.type[j] == WORD && RECORD_VERBS.contains(t.lower[j])) {
      verb = true;
      j--;
    }
    if (!verb) {
      return "";
    }
    if (j >= ts && t.isWord(j, "record")) {
      j--;
      while (j >= ts && (t.type[j] != WORD || t.lower[j].equals("'s") || t.lower[j].equals("\u2019s"))) {
        j--; // the possessive of "Denver's record", "Hawks' record"
      }
      return owner(j, ts);
    }
    return j >= ts && t.type[j] == WORD && t.capital[j] && !x.scopes.isSentenceStart(j) ? owner(j, ts) : "";
  }

  /** Words after a record that make it a split (on the road, at home, away, in close games, against a division). */
  private static final Set<String> SPLITS = Set.of("on", "at", "in", "away", "against", "when", "home",
      "vs", "versus", "since", "this", "last", "over", "with", "without");

  /** The name ending at token j (its last word, through the article's full names), "" when j is no name. */
  private String owner(int j, int ts) {
    if (j < ts || t.type[j] != WORD || !t.capital[j] || NOT_OWNERS.contains(t.lower[j])) {
      return "";
    }
    String w = t.lower[j].endsWith("'s") || t.lower[j].endsWith("\u2019s") ? t.lower[j].substring(0,
        t.lower[j].length() - 2) : t.lower[j];
    return fullNames().getOrDefault(w, w);
  }

  /**
   * Who was hit N times: "hitting Reyes eight times" (the name between verb and number), "Reyes was shot 11 times",
   * "Reyes, 17, was shot eight times" (the name before the passive verb); "" when the hit person is not named,
   * null when no hit verb governs the number.
   */
  private String hitOwner(int q, int ts) {
    int k = q - 1;
    if (k >= ts && t.type[k] == WORD && HIT_VERBS.contains(t.lower[k])) {
      int s = k - 1;
      while (s >= ts && (t.isWord(s, "was") || t.isWord(s, "been") || t.isWord(s, "had") || t.isWord(s, "reportedly")
          || t.isWord(s, "allegedly"))) {
        s--;
      }
      if (s < k - 1) {
        if (s >= ts && t.isSym(s, ',') && s - 2 >= ts && t.type[s - 1] == NUM && t.isSym(s - 2, ',')) {
          s -= 3; // "Reyes, 17, was shot"
        }
        return owner(s, ts);
      }
      return "";
    }
    int n = k;
    while (n - 1 >= ts && n > k - 3 && t.type[n] == WORD && t.capital[n] && t.type[n - 1] == WORD
        && t.capital[n - 1]) {
      n--; // "hitting Tom Reyes eight times": the whole name between verb and number
    }
    if (k >= ts && t.type[k] == WORD && t.capital[k] && n - 1 >= ts && t.type[n - 1] == WORD
        && HIT_VERBS.contains(t.lower[n - 1])) {
      return owner(k, ts);
    }
    if (k >= ts && (t.isWord(k, "him") || t.isWord(k, "her")) && k - 1 >= ts && t.type[k - 1] == WORD
        && HIT_VERBS.contains(t.lower[k - 1])) {
      return "";
    }
    return null;
  }

  /** First (or any but the last) word of each full name of the article to its last word: "denver" to "hawks". */
  private Map<String, String> fullNames() {
    if (fullNames == null) {
      fullNames = new HashMap<>();
      java.util.Set<String> lasts = new java.util.HashSet<>();
      java.util.List<int[]> runs = new java.util.ArrayList<>();
      for (int k = 0; k + 1 < t.size; k++) {
        if (nameWord(k) && !NOT_OWNERS.contains(t.lower[k]) && nameWord(k + 1) && !t.glued(k + 1)) {
          int e = k + 1;
          while (e + 1 < t.size && nameWord(e + 1) && !t.glued(e + 1)) {
            e++;
          }
          runs.add(new int[] {k, e});
          lasts.add(t.lower[e]);
          k = e;
        }
      }
      // a word that ends a name somewhere ("Hasim Rahman") is a name of its own, never a part to complete; a word
      // completed two ways is left alone
      java.util.Set<String> ambiguous = new java.util.HashSet<>();
      for (int[] r : runs) {
        for (int j = r[0]; j < r[1]; j++) {
          String prev = fullNames.putIfAbsent(t.lower[j], t.lower[r[1]]);
          if (prev != null && !prev.equals(t.lower[r[1]])) {
            ambiguous.add(t.lower[j]);
          }
        }
      }
      fullNames.keySet().removeAll(lasts);
      fullNames.keySet().removeAll(ambiguous);
    }
    return fullNames;
  }

  private boolean nameWord(int k) {
    return t.type[k] == WORD && t.capital[k] && !FigureLexicon.TIME_WORDS.contains(t.lower[k]);
  }
}
