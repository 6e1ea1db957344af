package io.crossfact.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations by their marks, curly or straight, one paragraph at a time. A quote never runs past the end of
 * its paragraph unless the next paragraph reopens with a quote mark (the print convention for a quote over several
 * paragraphs), so one stray mark cannot swallow the rest of an article. Straight quotes that open an HTML
 * attribute value ({@code class="x"}) are markup debris and skipped.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  static List<QuoteSpan> scan(String text) {
    List<QuoteSpan> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    boolean openStraight = false;
    boolean nested = false;
    List<int[]> segments = new ArrayList<>();
    int segStart = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          int next = nextParagraphOpener(text, i);
          if (next >= 0) {
            segments.add(new int[] {segStart, trimEnd(text, segStart, i)});
            open = open < 0 ? next : open;
            openStraight = text.charAt(next) == '"';
            nested = false;
            segStart = next + 1;
            i = next + 1;
            continue;
          }
          if (onlySpaceBefore(text, open)) {
            // a quote paragraph that lost its closing mark: keep its words, stop at the paragraph
            int e = trimEnd(text, segStart, i);
            if (e > segStart) {
              segments.add(new int[] {segStart, e});
              out.add(new QuoteSpan(open, -1, segments));
            }
          }
          open = -1;
          segments = new ArrayList<>();
        }
        i++;
        continue;
      }
      if (c == '"' && i > 0 && text.charAt(i - 1) == '=') {
        int q = text.indexOf('"', i + 1);
        int nl = text.indexOf('\n', i + 1);
        i = q < 0 || nl >= 0 && nl < q ? i + 1 : q + 1; // markup attribute value
        continue;
      }
      boolean curlyOpen = c == '\u201C' || c == '\u201E' || c == '\u00AB';
      boolean curlyClose = c == '\u201D' || c == '\u00BB';
      boolean straight = c == '"';
      if (!curlyOpen && !curlyClose && !straight) {
        i++;
        continue;
      }
      boolean opener = curlyOpen || straight && opensHere(text, i);
      boolean closer = curlyClose || straight && closesHere(text, i);
      if (open < 0) {
        if (opener) {
          open = i;
          openStraight = straight;
          nested = false;
          segStart = i + 1;
          segments = new ArrayList<>();
        }
      } else if (nested) {
        if (closer || straight) {
          nested = false;
        }
      } else if (opener && !closer) {
        if (!openStraight && straight || openStraight && curlyOpen) {
          nested = true; // "...“inner”..." or “...\"inner\"...”: the other kind of mark nests
        } else {
          open = i; // an opener of the same kind while one is open: the first lost its closing mark
          openStraight = straight;
          segStart = i + 1;
          segments = new ArrayList<>();
        }
      } else {
        segments.add(new int[] {segStart, i});
        out.add(new QuoteSpan(open, i, segments));
        open = -1;
        segments = new ArrayList<>();
      }
      i++;
    }
    if (open >= 0 && onlySpaceBefore(text, open)) {
      int e = trimEnd(text, segStart, n);
      if (e > segStart) {
        segments.add(new int[] {segStart, e});
        out.add(new QuoteSpan(open, -1, segments));
      }
    }
    return out;
  }

  private static boolean opensHere(String text, int i) {
    boolean before = i == 0 || isOpenContext(text.charAt(i - 1));
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  private static boolean closesHere(String text, int i) {
    boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }

  private static boolean isOpenContext(char p) {
    return Character.isWhitespace(p) || p == '(' || p == '[' || p == '{' || p == '\u2014' || p == '\u2013'
        || p == '-' || p == '/' || p == ':' || p == ';' || p == ',' || p == '\u00A0' || p == '\u2018';
  }

  /** The quote mark that opens the next non-blank paragraph, or -1. */
  private static int nextParagraphOpener(String text, int nl) {
    int j = nl;
    int n = text.length();
    while (j < n && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j < n && (text.charAt(j) == '\u201C' || text.charAt(j) == '"' || text.charAt(j) == '\u00AB')) {
      return j;
    }
    return -1;
  }

  private static boolean onlySpaceBefore(String text, int pos) {
    for (int j = pos - 1; j >= 0 && text.charAt(j) != '\n'; j--) {
      if (!Character.isWhitespace(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** e moved back over trailing whitespace, not before s. */
  static int trimEnd(String text, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
