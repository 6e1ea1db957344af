package io.crossfact.compare;

import io.crossfact.config.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Person-name matching shared by the comparers: titles ignored, "Holt" and "J. Holt" are "Jane Holt". */
final class Names {
  static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sen",
      "senator", "rep", "gov", "governor", "mayor", "president", "minister", "sir", "dame", "lord", "lady", "gen",
      "col", "capt", "rev", "hon", "judge", "justice", "chancellor");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md");

  private Names() {}

  /** Lower-case name tokens without titles, suffixes and punctuation. */
  /**
   * Name tokens are asked for the same few thousand names millions of times (every pair in a speaker's group), and
   * each computation runs a Unicode normalization and three regexes: memoized, bounded, read-only lists.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_MEMO = 200_000;

  static List<String> tokens(String name) {
    List<String> t = TOKENS.get(name);
    if (t == null) {
      t = List.copyOf(computeTokens(name));
      if (TOKENS.size() >= MAX_MEMO) {
        TOKENS.clear();
      }
      TOKENS.put(name, t);
    }
    return t;
  }

  private static List<String> computeTokens(String name) {
    List<String> out = new ArrayList<>();
    // accents folded: "Calderón" and "Calderon" are one name in two spellings
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    for (String t : folded.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s,]+")) {
      String w = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "").replace(".", "");
      if (!w.isEmpty() && !SUFFIXES.contains(w)) {
        out.add(w);
      }
    }
    while (out.size() > 1 && TITLES.contains(out.get(0))) {
      out.remove(0);
    }
    return out;
  }

  static String surname(String name) {
    List<String> t = tokens(name);
    return t.isEmpty() ? "" : t.get(t.size() - 1);
  }

  /**
   * Whether two canonical names can be one person: equal after dropping titles; a surname alone against a full name
   * with that surname; or same surname with compatible first names (one an initial of the other).
   */
  static boolean samePerson(String a, String b) {
    return samePerson(tokens(a), tokens(b));
  }

  /** {@link #samePerson(String, String)} on names already split by {@link #tokens}. */
  static boolean samePerson(List<String> x, List<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      // a truncated surname (a cut at a diacritic or a line end: "Felipe Calde" for "Felipe Calderón") is the same
      // person when the given names agree
      String sx = x.get(x.size() - 1);
      String sy = y.get(y.size() - 1);
      boolean truncated = x.size() > 1 && y.size() > 1 && x.get(0).equals(y.get(0))
          && Math.min(sx.length(), sy.length()) >= 4 && (sx.startsWith(sy) || sy.startsWith(sx));
      if (!truncated) {
        return false;
      }
    }
    if (x.size() == 1 || y.size() == 1) {
      return true;
    }
    String fx = x.get(0);
    String fy = y.get(0);
    return fx.equals(fy) || fx.length() == 1 && fy.startsWith(fx) || fy.length() == 1 && fx.startsWith(fy);
  }

  /**
   * The more complete of two names for one person: more name tokens ("Jane Holt" over "Holt"), then the shorter
   * spelling (so a stray title never wins: "Jane Holt" over "Dr. Jane Holt"), then alphabetical.
   */
  static String fuller(String a, String b) {
    if (a.equals(b)) {
      return a;
    }
    int c = Integer.compare(tokens(a).size(), tokens(b).size());
    if (c == 0) {
      c = Integer.compare(b.length(), a.length());
    }
    if (c == 0) {
      c = b.compareTo(a);
    }
    return c >= 0 ? a : b;
  }

  /** Whether a lexicon (lower-cased keys) lists the person by full name or by surname. */
  static boolean listed(Set<String> lowerNames, String name) {
    String full = String.join(" ", tokens(name));
    return lowerNames.contains(full) || lowerNames.contains(Lexicons.key(name)) || lowerNames.contains(surname(name));
  }
}
