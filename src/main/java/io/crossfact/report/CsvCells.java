package io.crossfact.report;

import java.util.regex.Pattern;

/**
 * Spreadsheet-safe CSV cells (OWASP's CSV injection guidance): a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, and is not a plain number, is a formula to a spreadsheet
 * ({@code =HYPERLINK(...)}, {@code =cmd|' /C calc'!A0}); it is written with a leading apostrophe, which spreadsheets
 * take as "text" and do not show. A cell that already starts with an apostrophe before such a character gets one
 * more, so {@link #unescape} gives back exactly what was written ({@code -12.5} stays a number).
 */
public final class CsvCells {
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private CsvCells() {}

  /** Whether a cell would start a formula in a spreadsheet. */
  public static boolean formulaStart(String v) {
    if (v == null || v.isEmpty()) {
      return false;
    }
    char c = v.charAt(0);
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
        && !PLAIN_NUMBER.matcher(v).matches();
  }

  private static boolean needsPrefix(String v) {
    return formulaStart(v) || v.length() > 1 && v.charAt(0) == '\'' && needsPrefix(v.substring(1));
  }

  /** The cell as written: with a leading apostrophe when it would start a formula. */
  public static String escape(String v) {
    return v != null && needsPrefix(v) ? "'" + v : v;
  }

  /** Any value as written ({@code null} stays null; numbers as they print). */
  public static Object escape(Object v) {
    return v instanceof String ? escape((String) v) : v;
  }

  /** The value a cell written by {@link #escape} holds. */
  public static String unescape(String cell) {
    return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsPrefix(cell.substring(1))
        ? cell.substring(1) : cell;
  }
}
