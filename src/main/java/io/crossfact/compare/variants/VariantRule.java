package io.crossfact.compare.variants;

import java.util.List;

/**
 * One named rule of the variant catalogue. A rule does one of four things, by the interface it implements:
 * explains a whole change ({@link Whole}), rewrites words to a canonical form ({@link Rewrite}), lets a word go
 * unmatched ({@link Drop}) or matches a word on one side with a word on the other ({@link Pair}).
 */
public interface VariantRule {
  String name();

  /** Explains a whole change by itself (an editorial insertion, a cut at an ellipsis, a respacing). */
  interface Whole extends VariantRule {
    boolean explains(Change c);
  }

  /** Rewrites words to one canonical form ("gonna" -> "going to", "colour" -> "color", "eleventh" -> "11th"). */
  interface Rewrite extends VariantRule {
    List<String> rewrite(String word);
  }

  /** A word that carries no claim on its own and may be on one side only ("the", "oh", "really"). */
  interface Drop extends VariantRule {
    boolean drops(String word);
  }

  /** Two words, one on each side, that are the same word written differently. */
  interface Pair extends VariantRule {
    boolean same(String a, String b, boolean bothCapitalized);
  }
}
