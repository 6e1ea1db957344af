package io.crossfact.compare.variants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers in words and in digits, cardinal and ordinal ("eleventh"/"11th", "five"/"5", "a dozen"/"12"). */
public final class NumberForms implements VariantRule.Rewrite {
  static final Map<String, String> VALUES = values();
  /** The cardinal words alone ("five" -> "5", "dozen" -> "12", "half" -> "0.5"), without the ordinals. */
  public static final Map<String, String> CARDINALS = cardinals();

  private static Map<String, String> cardinals() {
    Map<String, String> m = new LinkedHashMap<>();
    VALUES.forEach((word, value) -> {
      if (value.matches("[0-9.]+")) {
        m.put(word, value);
      }
    });
    return Map.copyOf(m);
  }

  private static Map<String, String> values() {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    String[] ordinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth"};
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < small.length; i++) {
      m.put(small[i], Integer.toString(i));
      m.put(ordinals[i], i + suffix(i));
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], Integer.toString(30 + 10 * i));
    }
    m.put("hundred", "100");
    m.put("thousand", "1000");
    m.put("million", "1000000");
    m.put("billion", "1000000000");
    m.put("trillion", "1000000000000");
    m.put("dozen", "12");
    m.put("half", "0.5");
    return Map.copyOf(m);
  }

  private static String suffix(int i) {
    if (i % 100 >= 11 && i % 100 <= 13) {
      return "th";
    }
    return switch (i % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** The canonical value of a number word or numeral ("five" -> "5", "1,200" -> "1200"), or null. */
  public static String value(String w) {
    String mapped = VALUES.get(w);
    if (mapped != null) {
      return mapped;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return w.replace(",", "");
      }
    }
    return null;
  }

  @Override
  public String name() {
    return "number-form";
  }

  @Override
  public List<String> rewrite(String word) {
    String v = value(word);
    return List.of(v == null ? word : v);
  }
}
