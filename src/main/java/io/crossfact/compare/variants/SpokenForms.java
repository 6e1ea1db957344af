package io.crossfact.compare.variants;

import java.util.List;
import java.util.Map;

/**
 * Spoken forms and their written forms, and family words spelled several ways: "gonna" is "going to", "Momma" is
 * "Mama". One transcriber writes what was heard, another what was meant.
 */
public final class SpokenForms implements VariantRule.Rewrite {
  private static final Map<String, List<String>> FORMS = Map.ofEntries(
      Map.entry("gonna", List.of("going", "to")), Map.entry("wanna", List.of("want", "to")),
      Map.entry("gotta", List.of("got", "to")), Map.entry("hafta", List.of("have", "to")),
      Map.entry("kinda", List.of("kind", "of")), Map.entry("sorta", List.of("sort", "of")),
      Map.entry("outta", List.of("out", "of")), Map.entry("lotta", List.of("lot", "of")),
      Map.entry("dunno", List.of("do", "not", "know")), Map.entry("lemme", List.of("let", "me")),
      Map.entry("gimme", List.of("give", "me")), Map.entry("cause", List.of("because")),
      Map.entry("'cause", List.of("because")), Map.entry("cuz", List.of("because")),
      Map.entry("'em", List.of("them")), Map.entry("ya", List.of("you")), Map.entry("y'all", List.of("you", "all")),
      Map.entry("momma", List.of("mama")), Map.entry("mamma", List.of("mama")), Map.entry("mom", List.of("mama")),
      Map.entry("mum", List.of("mama")), Map.entry("mommy", List.of("mama")), Map.entry("ma", List.of("mama")),
      Map.entry("pa", List.of("papa")), Map.entry("dad", List.of("papa")), Map.entry("daddy", List.of("papa")),
      Map.entry("ok", List.of("okay")), Map.entry("yep", List.of("yes")), Map.entry("yup", List.of("yes")),
      Map.entry("nope", List.of("no")), Map.entry("till", List.of("until")), Map.entry("'til", List.of("until")),
      Map.entry("til", List.of("until")), Map.entry("it's", List.of("it", "is")),
      Map.entry("that's", List.of("that", "is")), Map.entry("there's", List.of("there", "is")),
      Map.entry("he's", List.of("he", "is")), Map.entry("she's", List.of("she", "is")),
      Map.entry("what's", List.of("what", "is")), Map.entry("let's", List.of("let", "us")),
      Map.entry("i'd", List.of("i", "would")), Map.entry("we'd", List.of("we", "would")),
      Map.entry("you'd", List.of("you", "would")), Map.entry("they'd", List.of("they", "would")));

  @Override
  public String name() {
    return "spoken-form";
  }

  @Override
  public List<String> rewrite(String word) {
    return FORMS.getOrDefault(word, List.of(word));
  }
}
