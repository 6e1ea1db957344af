package io.crossfact.compare.variants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The substantive rules: what a change does to the claim. Each names one kind of meaning change and its weight
 * (meaning changes rank above wording changes): negation, numbers, roles, modality, quantifiers, claim words,
 * other content words.
 */
public final class Meaning {
  private Meaning() {}

  public static final String NEGATION = "negation-changed";
  public static final String NUMBER = "number-changed";
  public static final String ROLES = "roles-swapped";
  public static final String MODALITY = "modality-changed";
  public static final String QUANTIFIER = "quantifier-changed";
  public static final String CLAIM_WORD = "claim-word-changed";
  public static final String CONTENT_WORD = "content-word-changed";

  static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none", "neither", "nor",
      "cannot", "without", "nowhere");
  /** Words that soften or harden a claim: modals of doubt and certainty, hedges. */
  static final Set<String> MODALS = Set.of("may", "might", "could", "must", "should", "shall", "will", "would", "can", "perhaps", "possibly", "likely",
      "probably", "maybe", "potentially", "suggest", "suggests", "appear", "appears", "seem", "seems", "unlikely",
      "allegedly", "reportedly", "definitely", "certainly", "surely", "supposedly", "apparently");
  static final Set<String> QUANTIFIERS = Set.of("all", "every", "each", "none", "only", "always", "most", "many",
      "few", "several", "some", "no", "nobody", "everyone", "everybody", "sometimes", "often", "rarely", "usually");
  /** Words whose presence decides what happened to someone: death, injury, loss, guilt, arrest, victory. */
  static final Set<String> CLAIM_STEMS = Set.of("death", "dead", "die", "di", "kill", "murder", "fatal", "injur",
      "wound", "lose", "lost", "los", "win", "won", "guilt", "guilty", "innocent", "arrest", "convict", "acquit",
      "resign", "fire", "fir", "shoot", "shot", "rape", "steal", "stole", "stolen", "attack", "bomb", "suicid");

  public static boolean isNegation(String w) {
    return NEGATIONS.contains(w) || w.endsWith("n't");
  }

  /** Words that make a number approximate or a bound ("about 300", "over 40"). */
  static final Set<String> APPROXIMATIONS = Set.of("about", "nearly", "approximately", "roughly", "around", "almost",
      "over", "under", "some", "estimated", "up", "least", "most", "than");

  static boolean isClaimWord(String w) {
    String s = Inflection.stem(w);
    for (String c : CLAIM_STEMS) {
      if (s.equals(c) || w.startsWith(c) && c.length() >= 5) {
        return true;
      }
    }
    return false;
  }

  static double weight(String rule) {
    return switch (rule) {
      case NEGATION -> 0.92;
      case NUMBER -> 0.88;
      case ROLES -> 0.86;
      case MODALITY -> 0.80;
      case CLAIM_WORD -> 0.76;
      case QUANTIFIER -> 0.70;
      case CONTENT_WORD -> 0.62;
      default -> 0;
    };
  }

  static String words(String rule) {
    return switch (rule) {
      case NEGATION -> "negation changed";
      case NUMBER -> "a number changed";
      case ROLES -> "who did what to whom changed";
      case MODALITY -> "modality or hedge changed";
      case CLAIM_WORD -> "a word that decides what happened changed";
      case QUANTIFIER -> "a quantifier changed";
      case CONTENT_WORD -> "a content word changed";
      default -> rule;
    };
  }

  /**
   * The meaning rules a change fires, strongest first: on its full words (negations, modals, numbers, quantifiers
   * counted on each side) and on the content words no variant rule explained ({@code leftRemoved}, {@code leftAdded}).
   */
  static List<String> fired(List<String> removed, List<String> added, List<String> leftRemoved,
      List<String> leftAdded) {
    List<String> out = new ArrayList<>();
    if (count(removed, true) != count(added, true)) {
      out.add(NEGATION);
    }
    if (!numbers(removed).equals(numbers(added))) {
      out.add(NUMBER);
    }
    if (!bag(removed, MODALS).equals(bag(added, MODALS))) {
      out.add(MODALITY);
    }
    boolean claim = false;
    for (String w : leftRemoved) {
      claim |= isClaimWord(w);
    }
    for (String w : leftAdded) {
      claim |= isClaimWord(w);
    }
    if (claim) {
      out.add(CLAIM_WORD);
    }
    if (!bag(removed, QUANTIFIERS).equals(bag(added, QUANTIFIERS)) && !out.contains(NEGATION)) {
      out.add(QUANTIFIER);
    }
    if (!leftRemoved.isEmpty() && !leftAdded.isEmpty() && !claim) {
      out.add(CONTENT_WORD);
    }
    return out;
  }

  private static int count(List<String> words, boolean negations) {
    int c = 0;
    for (String w : words) {
      if (isNegation(w)) {
        c++;
      }
    }
    return c;
  }

  private static List<String> bag(List<String> words, Set<String> set) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (set.contains(w)) {
        out.add(w);
      }
    }
    Collections.sort(out);
    return out;
  }

  private static List<String> numbers(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String v = NumberForms.value(w);
      if (v != null) {
        out.add(v);
      }
    }
    Collections.sort(out);
    return out;
  }
}
