package io.crossfact.compare;

import io.crossfact.model.Assertion;
import io.crossfact.normalize.Lemmatizer;
import java.util.Locale;
import java.util.Set;

/**
 * What an event count counts, as far as the comparison needs it: the whole toll of the story, a subgroup of it, or
 * the others of a group. Two rules:
 *
 * <ul>
 *   <li><b>subgroup</b>: a count of a named kind of person ("the two contractors killed", "six children") is a part of
 *       the toll, compared only with counts of the same kind; people, victims, the dead, the injured, refugees, a
 *       nationality ("four Americans", "40 Palestinians") and the like count the whole;</li>
 *   <li><b>complement</b>: "Stevens and three other Americans", "four other people died in hospital" count the others
 *       of a group, never a toll of their own.</li>
 * </ul>
 */
final class FigureCounted {
  private FigureCounted() {}

  /** Counted nouns that count the whole toll of an event. */
  static final Set<String> WHOLE = Set.of("people", "person", "persons", "individual", "individuals", "life", "lives",
      "dead", "death", "deaths", "toll", "body", "bodies", "victim", "victims", "casualty", "casualties", "fatality",
      "fatalities", "injured", "wounded", "injury", "injuries", "refugee", "refugees", "evacuee", "evacuees",
      "displaced", "homeless", "resident", "residents", "civilian", "civilians", "no", "nobody", "none", "one",
      "others", "missing", "killed", "hurt", "died");

  /** Words before the counted noun that say how it is known, not what is counted. */
  static final Set<String> MODIFIERS = Set.of("confirmed", "official", "reported", "total", "estimated", "known",
      "latest", "overall", "final", "initial", "new", "more", "additional");

  /** Plurals without a final s that can be counted. */
  static final Set<String> IRREGULAR = Set.of("children", "men", "women", "people", "police", "staff");

  /**
   * "" for the whole toll, "other" for a complement, else the lemma of the subgroup counted: the plural noun right
   * after the number ("two contractors killed", "six children"), past a word that says how it is known ("two
   * confirmed deaths").
   */
  static String group(Assertion a) {
    int e = a.getEnd() - a.getTextStart();
    String t = a.getText();
    if (e < 0 || e > t.length()) {
      return "";
    }
    String[] words = t.substring(e).trim().split("[^\\p{L}'\u2019-]+", 4);
    int h = 0;
    while (h + 1 < words.length && MODIFIERS.contains(words[h].toLowerCase(Locale.ROOT))) {
      h++;
    }
    if (words.length == 0 || words[h].isEmpty()) {
      return "";
    }
    String head = words[h];
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.equals("other") && h + 1 < words.length && !words[h + 1].isEmpty()) {
      return "other";
    }
    boolean plural = IRREGULAR.contains(lower) || lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss");
    if (!plural || WHOLE.contains(lower) || Character.isUpperCase(head.charAt(0))) {
      return ""; // people, the dead, a nationality ("four Americans", "40 Palestinians") count the whole
    }
    return Lemmatizer.lemma(lower);
  }
}
