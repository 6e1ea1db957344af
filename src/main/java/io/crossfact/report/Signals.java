package io.crossfact.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code signals} column of discrepancies.csv ({@code name=weight;name=weight}) as the typed maps the Parquet
 * and JSON tables hold: {@link #numeric} the weights (nearly every signal), {@link #text} the few whose value is a
 * word or a date ({@code evidence=caption;evidence-date=2022-03-03}). Together they hold every entry once, in the
 * order written; an entry without '=' is a text signal with an empty value.
 */
public final class Signals {
  private Signals() {}

  /** The entries whose value is a number, name to value. */
  public static Map<String, Double> numeric(String raw) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String[] e : entries(raw)) {
      Double d = number(e[1]);
      if (d != null) {
        out.putIfAbsent(e[0], d);
      }
    }
    return out;
  }

  /** The entries whose value is not a number, name to value as written. */
  public static Map<String, String> text(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] e : entries(raw)) {
      if (number(e[1]) == null) {
        out.putIfAbsent(e[0], e[1]);
      }
    }
    return out;
  }

  private static java.util.List<String[]> entries(String raw) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (String part : raw.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      out.add(eq > 0 ? new String[] {p.substring(0, eq).strip(), p.substring(eq + 1).strip()} : new String[] {p, ""});
    }
    return out;
  }

  /** A finite decimal number, or null (dates such as 2022-03-03 and words are not numbers). */
  private static Double number(String v) {
    if (v.isEmpty() || !v.matches("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?")) {
      return null;
    }
    double d = Double.parseDouble(v);
    return Double.isFinite(d) ? d : null;
  }
}
