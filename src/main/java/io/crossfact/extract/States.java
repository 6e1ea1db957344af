package io.crossfact.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** US states by postal code and AP abbreviation, to read party-state tags such as {@code (R-Fla.)}. */
final class States {
  private static final Map<String, String> BY_ABBREVIATION = new HashMap<>();

  static {
    String[][] rows = {
        {"alabama", "al", "ala"}, {"alaska", "ak"}, {"arizona", "az", "ariz"}, {"arkansas", "ar", "ark"},
        {"california", "ca", "calif"}, {"colorado", "co", "colo"}, {"connecticut", "ct", "conn"},
        {"delaware", "de", "del"}, {"florida", "fl", "fla"}, {"georgia", "ga"}, {"hawaii", "hi"},
        {"idaho", "id"}, {"illinois", "il", "ill"}, {"indiana", "in", "ind"}, {"iowa", "ia"},
        {"kansas", "ks", "kan"}, {"kentucky", "ky"}, {"louisiana", "la"}, {"maine", "me"},
        {"maryland", "md"}, {"massachusetts", "ma", "mass"}, {"michigan", "mi", "mich"},
        {"minnesota", "mn", "minn"}, {"mississippi", "ms", "miss"}, {"missouri", "mo"},
        {"montana", "mt", "mont"}, {"nebraska", "ne", "neb"}, {"nevada", "nv", "nev"},
        {"new hampshire", "nh", "n.h"}, {"new jersey", "nj", "n.j"}, {"new mexico", "nm", "n.m"},
        {"new york", "ny", "n.y"}, {"north carolina", "nc", "n.c"}, {"north dakota", "nd", "n.d"},
        {"ohio", "oh"}, {"oklahoma", "ok", "okla"}, {"oregon", "or", "ore"}, {"pennsylvania", "pa"},
        {"rhode island", "ri", "r.i"}, {"south carolina", "sc", "s.c"}, {"south dakota", "sd", "s.d"},
        {"tennessee", "tn", "tenn"}, {"texas", "tx", "tex"}, {"utah", "ut"}, {"vermont", "vt"},
        {"virginia", "va"}, {"washington", "wa", "wash"}, {"west virginia", "wv", "w.va"},
        {"wisconsin", "wi", "wis"}, {"wyoming", "wy", "wyo"}};
    for (String[] row : rows) {
      BY_ABBREVIATION.put(row[0], row[0]);
      for (int i = 1; i < row.length; i++) {
        BY_ABBREVIATION.put(row[i], row[0]);
      }
    }
  }

  private States() {}

  /** The state of a party-state tag ({@code R-Fla.} -> {@code florida}), or null. */
  static String ofPartyTag(String tag) {
    int dash = tag.indexOf('-');
    if (dash != 1 || tag.length() < 4) {
      return null;
    }
    String abbr = tag.substring(2).toLowerCase(Locale.ROOT);
    if (abbr.endsWith(".")) {
      abbr = abbr.substring(0, abbr.length() - 1);
    }
    return BY_ABBREVIATION.get(abbr);
  }
}
