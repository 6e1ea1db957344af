package io.crossfact.compare.variants;

import java.util.Set;

/** Fillers, interjections and intensifiers of speech that one transcriber keeps and another leaves out ("oh", "really"). */
public final class Fillers implements VariantRule.Drop {
  static final Set<String> WORDS = Set.of("oh", "ah", "uh", "um", "er", "erm", "well", "yeah", "okay", "ok", "now",
      "just", "really", "right", "pretty", "very", "actually", "basically", "certainly", "indeed", "still", "even",
      "quite", "truly", "look", "listen", "hey", "folks", "sir", "ma'am");

  @Override
  public String name() {
    return "filler";
  }

  @Override
  public boolean drops(String word) {
    return WORDS.contains(word);
  }
}
