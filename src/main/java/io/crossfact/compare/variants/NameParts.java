package io.crossfact.compare.variants;

/**
 * Parts of names one report spells out and the other leaves out: a first name ("Ted Cruz"/"Cruz"), an apposition
 * ("the defendant, Jermayne Timmons,"/"this defendant"), one more name in a list. Words written with a capital
 * that have no counterpart on the other side.
 */
public final class NameParts implements VariantRule {
  @Override
  public String name() {
    return "name-part";
  }

  public boolean drops(String word, boolean capitalized) {
    return capitalized && NumberForms.value(word) == null && !Meaning.isNegation(word);
  }
}
