package io.crossfact.extract.figure;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one article body for figure extraction, in parallel arrays so a long article costs a few arrays
 * rather than thousands of objects.
 *
 * <p>Words keep inner hyphens and apostrophes ({@code opioid-related}, {@code O'Brien}, {@code twenty-five}) and
 * dotted abbreviations ({@code U.S.}, {@code p.m.}); a possessive {@code 's} is its own token. Numbers keep their
 * separators and decimals ({@code 1,400}, {@code 12.5}) and any letters glued to them as a suffix ({@code 2.3bn} →
 * {@code 2.3} + {@code bn}, {@code 21st}). Every other visible character is a one-character token.
 */
final class FigureTokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte SYM = 3;

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] type;
  /** Lower-cased word; for numbers the digits as written; for symbols the character. */
  String[] lower;
  /** Letters glued after a number, lower-cased, else empty. */
  String[] suffix;
  /** Whitespace separates this token from the previous one. */
  boolean[] spaced;
  /** First token on its line. */
  boolean[] lineStart;
  /** Starts with a capital or contains one ({@code iPhone}). */
  boolean[] capital;

  private FigureTokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    type = new byte[capacity];
    lower = new String[capacity];
    suffix = new String[capacity];
    spaced = new boolean[capacity];
    lineStart = new boolean[capacity];
    capital = new boolean[capacity];
  }

  static FigureTokens of(String text) {
    FigureTokens t = new FigureTokens(text, Math.max(16, text.length() / 5));
    int n = text.length();
    int i = 0;
    boolean space = true;
    boolean line = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (c == '\n') {
          line = true;
        }
        space = true;
        i++;
        continue;
      }
      int j;
      if (c >= '0' && c <= '9') {
        j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (d >= '0' && d <= '9') {
            j++;
          } else if (d == ',' && j + 3 < n + 1 && digits(text, j + 1, 3) && (j + 4 >= n || !isDigit(text.charAt(j + 4)))) {
            j += 4;
          } else if (d == ',' && j - i <= 3 && j + 5 <= n && text.charAt(j + 1) == ' ' && text.charAt(j + 2) == '0'
              && digits(text, j + 2, 3) && (j + 5 >= n || !isDigit(text.charAt(j + 5)))) {
            // "2, 000ft": a thousands separator followed by a stray space (a group opening with 0 is no list item)
            j += 5;
          } else if (d == '.' && j + 1 < n && isDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        int k = j;
        while (k < n && isAsciiLetter(text.charAt(k))) {
          k++;
        }
        // "5G", "3D", "H5N1"-like ids keep letters and digits mixed: glue stops at a following digit
        if (k < n && isDigit(text.charAt(k)) && k > j) {
          while (k < n && (isAsciiLetter(text.charAt(k)) || isDigit(text.charAt(k)))) {
            k++;
          }
        }
        t.add(i, j, NUM, text.substring(i, j).replace(", ", ","), k > j ? text.substring(j, k).toLowerCase(Locale.ROOT) : "", space, line);
        // the suffix belongs to the number token's extent
        t.end[t.size - 1] = k;
        i = k;
      } else if (Character.isLetter(c) && i > 0 && text.charAt(i - 1) == '$' && currencyPrefix(text, i)) {
        // "$US1 million", "$NZ40": the country letters of the dollar, then the number
        j = i + 1;
        while (!isDigit(text.charAt(j))) {
          j++;
        }
        t.add(i, j, WORD, text.substring(i, j).toLowerCase(Locale.ROOT), "", space, line);
        i = j;
      } else if (Character.isLetter(c)) {
        j = i + 1;
        if (j + 2 < n && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1)) && text.charAt(j + 2) == '.') {
          // U.S., p.m., D.C., N.H.
          while (j + 1 < n && text.charAt(j) == '.' && Character.isLetter(text.charAt(j + 1))
              && (j + 2 >= n || text.charAt(j + 2) == '.' || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
            j += 2;
          }
          if (j < n && text.charAt(j) == '.') {
            j++;
          }
        } else {
          while (j < n) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d)) {
              j++;
            } else if ((d == '\'' || d == '\u2019') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
              boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                  && (j + 2 >= n || !Character.isLetter(text.charAt(j + 2)));
              if (possessive) {
                break;
              }
              j += 2;
            } else if ((d == '-' || d == '\u2010' || d == '\u2011') && j + 1 < n
                && Character.isLetterOrDigit(text.charAt(j + 1))) {
              j += 2;
            } else {
              break;
            }
          }
        }
        t.add(i, j, WORD, text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\''), "", space, line);
        i = j;
        if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
            && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
          t.add(i, i + 2, WORD, "'s", "", false, false);
          i += 2;
        }
      } else {
        j = i + 1;
        t.add(i, j, SYM, String.valueOf(c), "", space, line);
        i = j;
      }
      space = false;
      line = false;
    }
    return t;
  }

  private void add(int s, int e, byte ty, String low, String suf, boolean sp, boolean ls) {
    if (size == start.length) {
      int cap = size * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      type = Arrays.copyOf(type, cap);
      lower = Arrays.copyOf(lower, cap);
      suffix = Arrays.copyOf(suffix, cap);
      spaced = Arrays.copyOf(spaced, cap);
      lineStart = Arrays.copyOf(lineStart, cap);
      capital = Arrays.copyOf(capital, cap);
    }
    start[size] = s;
    end[size] = e;
    type[size] = ty;
    lower[size] = low;
    suffix[size] = suf;
    spaced[size] = sp;
    lineStart[size] = ls;
    boolean cap = false;
    if (ty == WORD) {
      for (int k = s; k < e && k < s + 3; k++) {
        if (Character.isUpperCase(text.charAt(k))) {
          cap = true;
          break;
        }
      }
    }
    capital[size] = cap;
    size++;
  }

  boolean isWord(int i, String w) {
    return i >= 0 && i < size && type[i] == WORD && lower[i].equals(w);
  }

  boolean isSym(int i, char c) {
    return i >= 0 && i < size && type[i] == SYM && text.charAt(start[i]) == c;
  }

  /** The token at {@code i} touches the previous one (no whitespace between). */
  boolean glued(int i) {
    return i > 0 && i < size && !spaced[i];
  }

  String raw(int i) {
    return text.substring(start[i], end[i]);
  }

  private static boolean digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Upper-case letters of a dollar's country ("US", "A", "NZ") glued to a following digit. */
  private static boolean currencyPrefix(String text, int i) {
    int j = i;
    while (j < text.length() && j - i < 3 && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
      j++;
    }
    return j > i && j < text.length() && isDigit(text.charAt(j))
        && FigureLexicon.CURRENCY_PREFIX_WORDS.containsKey(text.substring(i, j).toLowerCase(Locale.ROOT));
  }
}
