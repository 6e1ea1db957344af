package io.crossfact.extract;

/** Grammatical gender a name or honorific implies; {@link #UNKNOWN} is compatible with either pronoun. */
enum Gender {
  MALE, FEMALE, UNKNOWN;

  boolean compatibleWith(Gender pronoun) {
    return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
  }
}
