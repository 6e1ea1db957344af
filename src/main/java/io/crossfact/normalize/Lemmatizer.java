package io.crossfact.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A light English lemmatizer for counted noun phrases: plural nouns to singular ({@code deaths} → {@code death},
 * {@code fatalities} → {@code fatality}, {@code children} → {@code child}) and past participles to the base verb
 * ({@code died} → {@code die}, {@code displaced} → {@code displace}, {@code lost} → {@code lose}).
 *
 * <p>It is rule based and sometimes wrong on rare words; what matters is that it is deterministic and applied the
 * same way to article text and to the metric-synonym lexicon, so both sides of a comparison meet on one form.
 */
public final class Lemmatizer {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("people", "people"), Map.entry("persons", "people"), Map.entry("person", "people"),
      Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
      Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
      Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"), Map.entry("halves", "half"),
      Map.entry("thieves", "thief"), Map.entry("shelves", "shelf"), Map.entry("wolves", "wolf"),
      Map.entry("data", "data"), Map.entry("media", "media"), Map.entry("criteria", "criterion"),
      Map.entry("phenomena", "phenomenon"), Map.entry("analyses", "analysis"), Map.entry("crises", "crisis"),
      Map.entry("theses", "thesis"), Map.entry("diagnoses", "diagnosis"), Map.entry("series", "series"),
      Map.entry("species", "species"), Map.entry("news", "news"), Map.entry("measles", "measles"),
      Map.entry("mumps", "mumps"), Map.entry("diabetes", "diabetes"), Map.entry("rabies", "rabies"),
      Map.entry("herpes", "herpes"), Map.entry("scabies", "scabies"), Map.entry("rickets", "rickets"), Map.entry("sheep", "sheep"),
      Map.entry("fish", "fish"), Map.entry("aircraft", "aircraft"), Map.entry("police", "police"),
      Map.entry("staff", "staff"), Map.entry("cattle", "cattle"), Map.entry("statistics", "statistics"),
      Map.entry("politics", "politics"), Map.entry("economics", "economics"), Map.entry("earnings", "earnings"),
      Map.entry("proceeds", "proceeds"), Map.entry("died", "die"), Map.entry("dies", "die"), Map.entry("lied", "lie"),
      Map.entry("tied", "tie"), Map.entry("lost", "lose"), Map.entry("fled", "flee"), Map.entry("left", "leave"),
      Map.entry("hurt", "hurt"), Map.entry("shot", "shoot"), Map.entry("held", "hold"), Map.entry("sold", "sell"),
      Map.entry("built", "build"), Map.entry("bought", "buy"), Map.entry("caught", "catch"),
      Map.entry("taken", "take"), Map.entry("given", "give"), Map.entry("seen", "see"), Map.entry("found", "find"),
      Map.entry("made", "make"), Map.entry("paid", "pay"), Map.entry("spent", "spend"), Map.entry("sent", "send"),
      Map.entry("kept", "keep"), Map.entry("won", "win"), Map.entry("led", "lead"), Map.entry("fed", "feed"),
      Map.entry("stolen", "steal"), Map.entry("struck", "strike"), Map.entry("drawn", "draw"),
      Map.entry("slain", "slay"), Map.entry("laid", "lay"), Map.entry("cut", "cut"), Map.entry("put", "put"),
      Map.entry("set", "set"), Map.entry("dead", "dead"));
  /** Words ending in -ed that are not participles. */
  private static final Set<String> NOT_PARTICIPLES = Set.of(
      "hundred", "need", "bed", "red", "shed", "sled", "bred", "wed", "seed", "speed", "feed", "greed", "naked",
      "sacred", "wicked", "kindred", "shred", "creed", "deed", "weed", "breed", "steed", "reed", "tweed", "embed",
      "infrared", "med");
  /** Endings of a singular noun that an -s does not pluralize. */
  private static final String[] KEEP_S = {"ss", "us", "sis", "xis", "ous", "ics"};
  /** Singular nouns in -is; other -is words are plurals of -i words ({@code Israelis}, {@code Iraqis}). */
  private static final Set<String> IS_NOUNS = Set.of("this", "his", "tennis", "penis", "arthritis", "hepatitis",
      "bronchitis", "meningitis", "cannabis", "chassis", "iris", "metropolis", "oasis", "paris", "trellis",
      "dermatitis", "tonsillitis", "encephalitis", "appendicitis", "syphilis");

  private Lemmatizer() {}

  /** The lemma of one word (lower-cased). */
  public static String lemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() < 4 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    if (w.endsWith("ed") && !NOT_PARTICIPLES.contains(w) && w.indexOf('-') < 0) {
      // hyphenated -ed words are adjectives ("opioid-related"), never verbs to lemmatize
      return participle(w);
    }
    if (w.endsWith("s")) {
      return singular(w);
    }
    return w;
  }

  /** The lemmas of the whitespace-separated words of a phrase, joined by single spaces. */
  public static String phrase(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(lemma(text.substring(i, j)));
      }
      i = j;
    }
    return b.toString();
  }

  private static String singular(String w) {
    if (IS_NOUNS.contains(w)) {
      return w;
    }
    for (String keep : KEEP_S) {
      if (w.endsWith(keep)) {
        return w;
      }
    }
    int n = w.length();
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zzes")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("'s")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }

  private static String participle(String w) {
    int n = w.length();
    if (w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("eed")) {
      return w.substring(0, n - 1);
    }
    String stem = w.substring(0, n - 2);
    int m = stem.length();
    if (m < 2) {
      return w;
    }
    char last = stem.charAt(m - 1);
    char before = stem.charAt(m - 2);
    if (last == before && last != 'l' && last != 's' && last != 'z' && last != 'f' && !isVowel(last)) {
      return stem.substring(0, m - 1); // stopped -> stop
    }
    if (last == 'e' || last == 'y' && isVowel(before)) {
      return stem; // employed -> employ
    }
    boolean restoreE = last == 'c' || last == 'v' || last == 'z' || last == 'u' || last == 'g' && before != 'g'
        || last == 's' && isVowel(before) && m > 3 && before != 'u'
        || last == 'r' && before == 'u'
        || last == 't' && before == 'a' && m > 4 && !stem.endsWith("eat") && !stem.endsWith("oat")
        || last == 'n' && before == 'i' && m > 4 && !isVowel(stem.charAt(m - 3))
        || last == 'k' && before == 'a' && m > 3;
    return restoreE ? stem + "e" : stem;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
