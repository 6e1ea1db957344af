package io.crossfact.eval.perturb;

import java.util.regex.Pattern;

/** The abbreviated titles the name perturbations rewrite. */
final class Honorifics {
  /** Titles that say a role, not a gender: dropping one leaves who is meant (and whether "he" or "she") as it was. */
  static final String ROLE = "Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt|Adm|Pres|Supt|Atty|Cmdr|Maj";
  static final String ALL = ROLE + "|Mr|Mrs|Ms|Sens|Reps|Govs";

  /** An abbreviated title before a capitalised word ("Sen. Lee"), the title in group 1. */
  static final Pattern BEFORE_NAME = Pattern.compile("\\b(" + ALL + ")\\.(?= \\p{Lu})");
  /** A role title, its period and the space after it, before a capitalised word. */
  static final Pattern ROLE_BEFORE_NAME = Pattern.compile("\\b(?:" + ROLE + ")\\. (?=\\p{Lu})");

  private Honorifics() {}
}
