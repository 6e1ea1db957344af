package io.crossfact.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values of number expressions as news prose writes them: digits with thousands separators and decimals
 * ({@code 1,400}, {@code 12.5}), scale words and suffixes ({@code 1.4 million}, {@code $2.3bn}, {@code 40k}), spelled
 * numbers ({@code five hundred}, {@code one million four hundred thousand}, {@code twenty-five}, {@code a dozen}) and
 * the mix of both. Currency symbols and percent signs are ignored here; the caller reads them as units.
 *
 * <p>Arithmetic is {@link BigDecimal} so {@code 1.4 million} is exactly {@code 1400000}, never {@code 1399999.99}.
 */
public final class NumberParser {
  private static final Map<String, Integer> SMALL = new HashMap<>();
  private static final Map<String, Integer> ORDINALS = new HashMap<>();
  private static final Map<String, BigDecimal> SCALE_WORDS = new HashMap<>();
  private static final Map<String, BigDecimal> SCALE_SUFFIXES = new HashMap<>();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

  static {
    String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < units.length; i++) {
      SMALL.put(units[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      SMALL.put(tens[i], (i + 2) * 10);
    }
    String[] ord = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth"};
    for (int i = 1; i < ord.length; i++) {
      ORDINALS.put(ord[i], i);
    }
    String[] ordTens = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
        "ninetieth"};
    for (int i = 0; i < ordTens.length; i++) {
      ORDINALS.put(ordTens[i], (i + 2) * 10);
      for (int u = 1; u <= 9; u++) {
        ORDINALS.put(tens[i] + "-" + ord[u], (i + 2) * 10 + u);
      }
    }
    SCALE_WORDS.put("thousand", BigDecimal.valueOf(1_000L));
    SCALE_WORDS.put("million", BigDecimal.valueOf(1_000_000L));
    SCALE_WORDS.put("billion", BigDecimal.valueOf(1_000_000_000L));
    SCALE_WORDS.put("trillion", BigDecimal.valueOf(1_000_000_000_000L));
    SCALE_WORDS.put("mn", BigDecimal.valueOf(1_000_000L));
    SCALE_WORDS.put("mln", BigDecimal.valueOf(1_000_000L));
    SCALE_WORDS.put("bn", BigDecimal.valueOf(1_000_000_000L));
    SCALE_WORDS.put("bln", BigDecimal.valueOf(1_000_000_000L));
    SCALE_WORDS.put("tn", BigDecimal.valueOf(1_000_000_000_000L));
    SCALE_SUFFIXES.putAll(SCALE_WORDS);
    // Single letters are scales only when glued to the digits ("$5m", "40k", "$3b"): as words they are units or initials.
    SCALE_SUFFIXES.put("k", BigDecimal.valueOf(1_000L));
    SCALE_SUFFIXES.put("m", BigDecimal.valueOf(1_000_000L));
    SCALE_SUFFIXES.put("b", BigDecimal.valueOf(1_000_000_000L));
  }

  private NumberParser() {}

  /**
   * The value of a whole number expression, or {@code null} when it is not one. Accepts digits, spelled numbers,
   * scale words and suffixes, a leading currency symbol and a trailing {@code %} or {@code percent}:
   * {@code "1.4 million"}, {@code "$2.3bn"}, {@code "1,400"}, {@code "12.5%"}, {@code "one million four hundred
   * thousand"}, {@code "a dozen"}, {@code "three"}.
   */
  public static BigDecimal parse(String expression) {
    if (expression == null) {
      return null;
    }
    String s = expression.strip().toLowerCase(Locale.ROOT);
    List<String> parts = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n && (Character.isDigit(s.charAt(j))
            || (s.charAt(j) == ',' || s.charAt(j) == '.') && j + 1 < n && Character.isDigit(s.charAt(j + 1)))) {
          j++;
        }
        parts.add(s.substring(i, j));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && (Character.isLetter(s.charAt(j))
            || s.charAt(j) == '-' && j + 1 < n && Character.isLetter(s.charAt(j + 1)))) {
          j++;
        }
        boolean glued = i > 0 && Character.isDigit(s.charAt(i - 1)) && !parts.isEmpty();
        if (glued) {
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + s.substring(i, j)); // "40k", "2.3bn"
        } else {
          parts.add(s.substring(i, j));
        }
        i = j;
      } else {
        i++;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    // "percent" / "per cent" / currency words trail the number; they carry no value.
    while (!parts.isEmpty() && isUnitWord(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
    }
    if (!parts.isEmpty() && (parts.get(0).equals("us") || parts.get(0).equals("usd"))) {
      parts.remove(0);
    }
    return parseParts(parts);
  }

  private static boolean isUnitWord(String w) {
    switch (w) {
      case "percent": case "per": case "cent": case "pct": case "dollars": case "dollar": case "euros": case "euro":
      case "pounds": case "usd": case "eur": case "gbp":
        return true;
      default:
        return false;
    }
  }

  /**
   * The value of a sequence of lower-case parts (digit groups, number words, scale words, {@code a}, {@code and}),
   * or {@code null} if any part is not one or the sequence is not a well-formed number.
   */
  public static BigDecimal parseParts(List<String> parts) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean any = false;
    boolean pendingA = false;
    for (int k = 0; k < parts.size(); k++) {
      String p = parts.get(k);
      if (p.isEmpty()) {
        continue;
      }
      if (Character.isDigit(p.charAt(0))) {
        int cut = p.length();
        while (cut > 0 && Character.isLetter(p.charAt(cut - 1))) {
          cut--;
        }
        BigDecimal d = parseDigits(p.substring(0, cut));
        // digits continue a number only at its start or after a scale word ("3 million 400 thousand")
        if (d == null || current.signum() != 0 || pendingA) {
          return null;
        }
        current = current.add(d);
        if (cut < p.length()) {
          BigDecimal sc = SCALE_SUFFIXES.get(p.substring(cut));
          if (sc == null) {
            return null;
          }
          total = total.add(current.multiply(sc));
          current = BigDecimal.ZERO;
        }
        any = true;
      } else if (p.equals("a") || p.equals("an")) {
        if (any || k + 1 >= parts.size()) {
          return null;
        }
        pendingA = true;
      } else if (p.equals("and")) {
        if (!any) {
          return null;
        }
      } else if (p.equals("hundred")) {
        current = orOne(current, pendingA || any).multiply(HUNDRED);
        any = true;
        pendingA = false;
      } else if (p.equals("dozen")) {
        current = orOne(current, pendingA || any).multiply(DOZEN);
        any = true;
        pendingA = false;
      } else if (SCALE_WORDS.containsKey(p)) {
        total = total.add(orOne(current, pendingA || any).multiply(SCALE_WORDS.get(p)));
        current = BigDecimal.ZERO;
        any = true;
        pendingA = false;
      } else {
        Integer v = wordValue(p);
        if (v == null) {
          return null;
        }
        current = current.add(BigDecimal.valueOf(v));
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    return total.add(current);
  }

  private static BigDecimal orOne(BigDecimal current, boolean allowed) {
    return current.signum() == 0 && allowed ? BigDecimal.ONE : current;
  }

  /**
   * Digits with optional thousands separators and one decimal part: {@code 1,400}, {@code 12.5}, {@code 1400000}.
   * Several periods are European thousands separators ({@code 1.400.000}). {@code null} if malformed.
   */
  public static BigDecimal parseDigits(String s) {
    if (s == null || s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return null;
    }
    int dots = 0;
    int commas = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c == ',') {
        commas++;
      } else if (!Character.isDigit(c)) {
        return null;
      }
    }
    String plain;
    if (dots > 1 && commas == 0) {
      plain = s.replace(".", "");
    } else if (dots > 1) {
      return null;
    } else {
      plain = s.replace(",", "");
    }
    if (plain.isEmpty() || plain.charAt(plain.length() - 1) == '.') {
      return null;
    }
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Value of one spelled number word below a hundred ({@code five}, {@code twenty-five}, {@code ninety}), or
   * {@code null}.
   */
  public static Integer wordValue(String lower) {
    Integer v = SMALL.get(lower);
    if (v != null) {
      return v;
    }
    int dash = lower.indexOf('-');
    if (dash > 0) {
      Integer tens = SMALL.get(lower.substring(0, dash));
      Integer unit = SMALL.get(lower.substring(dash + 1));
      if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit > 0 && unit < 10) {
        return tens + unit;
      }
    }
    return null;
  }

  /** Whether a lower-case word can be part of a spelled number ({@code five}, {@code hundred}, {@code million}, {@code dozen}). */
  public static boolean isNumberWord(String lower) {
    return wordValue(lower) != null || lower.equals("hundred") || lower.equals("dozen")
        || SCALE_WORDS.containsKey(lower);
  }

  /** Multiplier of a scale word ({@code thousand}, {@code million}, {@code bn}, {@code mn}), or {@code null}. */
  public static BigDecimal scaleWord(String lower) {
    return SCALE_WORDS.get(lower);
  }

  /** Multiplier of a scale glued to digits ({@code k}, {@code m}, {@code bn}, {@code million}), or {@code null}. */
  public static BigDecimal scaleSuffix(String lower) {
    return SCALE_SUFFIXES.get(lower);
  }

  /** Value of a spelled ordinal ({@code sixth} → 6, {@code twenty-first} → 21), or {@code 0}. */
  public static int ordinalValue(String lower) {
    Integer v = ORDINALS.get(lower);
    return v == null ? 0 : v;
  }

  /** The plain decimal form of the contract: no separators, no exponent, no trailing zeros ({@code 1400000}, {@code 12.5}). */
  public static String plain(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.stripTrailingZeros().toPlainString();
  }
}
