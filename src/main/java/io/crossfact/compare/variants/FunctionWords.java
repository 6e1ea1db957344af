package io.crossfact.compare.variants;

import java.util.Set;

/**
 * Words that carry no claim of their own: articles, pronouns, prepositions, auxiliaries and semi-modals ("the"/"this",
 * "with"/"at", "have to"/"be able to"). Negations, modals of doubt, numbers and quantifiers are not here: a
 * change of those is a change of meaning.
 */
public final class FunctionWords implements VariantRule.Drop {
  public static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
      "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's",
      "this", "that", "these", "those", "we", "i", "you", "he", "she", "they", "them", "us", "our", "their", "his",
      "her", "my", "your", "me", "him", "will", "would", "shall", "should", "can", "do", "does", "did", "have", "has",
      "had", "there", "here", "so", "than", "then", "what", "which", "who", "whom", "whose", "we're", "i'm", "we've",
      "i've", "we'll", "i'll", "it'll", "they're", "that's", "there's", "into", "up", "out", "if", "about", "over",
      "under", "after", "before", "through", "during", "across", "against", "between", "among", "around", "off",
      "down", "away", "within", "upon", "onto", "toward", "towards", "able", "going", "got", "get", "any", "such",
      "'s", "s", "one", "ones", "when", "where", "while", "because", "also", "too", "ourselves", "myself",
      "yourself", "themselves", "himself", "herself", "itself");

  @Override
  public String name() {
    return "function-word";
  }

  @Override
  public boolean drops(String word) {
    return WORDS.contains(word);
  }
}
