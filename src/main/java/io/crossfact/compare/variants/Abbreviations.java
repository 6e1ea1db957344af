package io.crossfact.compare.variants;

import java.util.List;
import java.util.Map;

/**
 * Abbreviated titles and words and their full forms ("Sen." is "Senator", "Dept." is "Department"). Initialisms
 * against full names ("IE"/"Internet Explorer") are matched by {@link Initialisms}.
 */
public final class Abbreviations implements VariantRule.Rewrite {
  private static final Map<String, String> FULL = Map.ofEntries(
      Map.entry("sen", "senator"), Map.entry("sens", "senators"), Map.entry("rep", "representative"),
      Map.entry("reps", "representatives"), Map.entry("gov", "governor"), Map.entry("govs", "governors"),
      Map.entry("pres", "president"), Map.entry("lt", "lieutenant"), Map.entry("gen", "general"),
      Map.entry("col", "colonel"), Map.entry("sgt", "sergeant"), Map.entry("capt", "captain"),
      Map.entry("cmdr", "commander"), Map.entry("adm", "admiral"), Map.entry("supt", "superintendent"),
      Map.entry("det", "detective"), Map.entry("atty", "attorney"), Map.entry("prof", "professor"),
      Map.entry("dr", "doctor"), Map.entry("mr", "mister"), Map.entry("rev", "reverend"), Map.entry("st", "saint"),
      Map.entry("dept", "department"), Map.entry("govt", "government"), Map.entry("univ", "university"),
      Map.entry("assn", "association"), Map.entry("corp", "corporation"), Map.entry("inc", "incorporated"),
      Map.entry("co", "company"), Map.entry("intl", "international"), Map.entry("natl", "national"),
      Map.entry("vs", "versus"), Map.entry("approx", "approximately"),
      Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("aug", "august"),
      Map.entry("sept", "september"), Map.entry("oct", "october"), Map.entry("nov", "november"),
      Map.entry("dec", "december"));

  @Override
  public String name() {
    return "abbreviation";
  }

  @Override
  public List<String> rewrite(String word) {
    String full = FULL.get(word);
    return full == null ? List.of(word) : List.of(full);
  }
}
