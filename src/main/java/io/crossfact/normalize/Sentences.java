package io.crossfact.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentence spans (offsets into the text, end exclusive). Paragraph breaks always end a sentence;
 * a period ends one unless it closes a known abbreviation ({@code Dr.}, {@code Sen.}, {@code U.S.}, {@code Jan.}),
 * an initial ({@code J.}) or a decimal number.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm",
      "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m",
      "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
      "fig", "approx", "dept", "univ", "assn", "pres", "supt", "rev", "hon", "messrs", "d.c", "ave", "blvd");

  private Sentences() {}

  /** Sentence spans as {@code int[]{start, end}}, trimmed of surrounding whitespace, in text order. */
  public static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        // a blank line, or a line break in text that has no sentence punctuation before it, ends the sentence
        int j = i + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
          j++;
        }
        boolean paragraph = j < n && text.charAt(j) == '\n';
        if (paragraph || endsLine(text, start, i)) {
          add(out, text, start, i);
          start = i + 1;
        }
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= n || Character.isWhitespace(text.charAt(j))) {
          int k = j;
          while (k < n && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
            k++;
          }
          if (c != '.' || !isAbbreviation(text, i) || k >= n || text.charAt(k) == '\n') {
            if (k >= n || startsSentence(text.charAt(k)) || text.charAt(k) == '\n') {
              add(out, text, start, j);
              start = j;
              i = j;
              continue;
            }
          }
        }
      }
      i++;
    }
    add(out, text, start, n);
    return out;
  }

  /** The sentence span containing {@code offset}, or the whole text if none does. */
  public static int[] around(List<int[]> spans, int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return s;
      }
    }
    return new int[] {0, 0};
  }

  private static boolean endsLine(String text, int start, int nl) {
    // A single line break ends a sentence when the line looks like a unit of its own (a heading, a dateline
    // paragraph in plain text): the line is short, or the next line starts a new block.
    int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
    String line = text.substring(Math.max(lineStart, start), nl).strip();
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || isCloser(last) || line.length() < 80;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
        || c == '(' || c == '\'' || c == '\u2014' || c == '-' || c == '\u2013';
  }

  private static boolean isAbbreviation(String text, int dot) {
    int j = dot - 1;
    while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
      j--;
    }
    String word = text.substring(j + 1, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return Character.isDigit(text.charAt(Math.max(0, dot - 1)));
    }
    if (word.length() == 1 && Character.isUpperCase(text.charAt(dot - 1))) {
      return true; // an initial: "Jane Q. Public"
    }
    return ABBREVIATIONS.contains(word);
  }

  private static void add(List<int[]> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }
}
