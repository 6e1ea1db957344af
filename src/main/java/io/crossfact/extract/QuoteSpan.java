package io.crossfact.extract;

import java.util.List;

/**
 * Where one quotation sits: the opening mark, the quoted words (one segment per paragraph for a quote that runs
 * over several) and the closing mark, or -1 when the quote was capped at a paragraph end because it never closed.
 */
final class QuoteSpan {
  final int open;
  final int close;
  final List<int[]> segments;

  QuoteSpan(int open, int close, List<int[]> segments) {
    this.open = open;
    this.close = close;
    this.segments = List.copyOf(segments);
  }

  int start() {
    return segments.get(0)[0];
  }

  int end() {
    return segments.get(segments.size() - 1)[1];
  }

  /** The offset just past the quotation, closing mark included. */
  int after() {
    return close >= 0 ? close + 1 : end();
  }

  boolean closed() {
    return close >= 0;
  }

  /** The quoted words as written; paragraphs of a multi-paragraph quote joined by one space. */
  String value(String text) {
    if (segments.size() == 1) {
      return text.substring(start(), end());
    }
    StringBuilder b = new StringBuilder();
    for (int[] s : segments) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text, s[0], s[1]);
    }
    return b.toString();
  }

  /** Words with a letter or digit; the measure that tells a quote from a scare-quoted term. */
  int words(String text) {
    int n = 0;
    for (int[] s : segments) {
      boolean in = false;
      for (int i = s[0]; i < s[1]; i++) {
        boolean w = Character.isLetterOrDigit(text.charAt(i));
        if (w && !in) {
          n++;
        }
        in = w || (in && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u2014');
      }
    }
    return n;
  }

  boolean contains(int offset) {
    return offset >= open && offset < after();
  }
}
