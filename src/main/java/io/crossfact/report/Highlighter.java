package io.crossfact.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the flagged words inside an evidence passage so the report can mark them.
 *
 * <p>Evidence is the sentence as written, the value is what the extractor kept: the two can differ in case, quote
 * style, dashes, spacing and, for figures, in how the number is written ({@code 1400000} vs {@code 1.4 million} or
 * {@code 1,400,000}). The search folds those differences away while remembering where each folded character came
 * from, so the mark lands on the original text. A match must start and end on word boundaries, so {@code 12} is
 * never marked inside {@code 2012}.
 */
final class Highlighter {
  private Highlighter() {}

  /**
   * A stretch of evidence text. {@code kind} is {@link #PLAIN}, {@link #VALUE} (the flagged value, marked whole),
   * {@link #QUOTE} (words of a drifting quote both versions share) or {@link #CHANGE} (words only this version
   * has); {@code mark} is true for the marked kinds, value and change.
   */
  record Segment(String text, boolean mark, String kind) {
    Segment(String text, boolean mark) {
      this(text, mark, mark ? VALUE : PLAIN);
    }

    public boolean isMark() { return mark; }
    public boolean isChange() { return CHANGE.equals(kind); }
    public boolean isQuote() { return QUOTE.equals(kind); }
  }

  static final String PLAIN = "";
  static final String VALUE = "value";
  static final String QUOTE = "quote";
  static final String CHANGE = "change";

  private static final Pattern WORD = Pattern.compile("\\S+");

  /**
   * For one side of a quote drift: the evidence with the words that differ from the other version marked
   * ({@link #CHANGE}) inside the quote ({@link #QUOTE}), rather than the whole quote. {@code earlier} says which
   * side this is, so the words are compared in the direction the page reads (earlier to later). When the quote is
   * not found in the evidence, or the two versions have the same words, this is {@link #segments}.
   */
  static List<Segment> changes(String evidence, String value, String other, boolean earlier) {
    int[] at = locate(evidence, value, false);
    if (at == null) {
      return segments(evidence, value, false);
    }
    String span = evidence.substring(at[0], at[1]);
    List<int[]> pos = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(span);
    while (m.find()) {
      pos.add(new int[] {at[0] + m.start(), at[0] + m.end()});
      words.add(m.group());
    }
    List<String> others = Diffs.tokens(other);
    boolean[][] both = earlier ? Diffs.changedWords(words, others) : Diffs.changedWords(others, words);
    boolean[] changed = earlier ? both[0] : both[1];
    if (!any(both[0]) && !any(both[1])) {
      return segments(evidence, value, false);
    }
    List<Segment> out = new ArrayList<>();
    if (at[0] > 0) {
      out.add(new Segment(evidence.substring(0, at[0]), false, PLAIN));
    }
    int from = at[0];
    for (int k = 0; k < words.size(); k++) {
      boolean joinNext = k + 1 < words.size() && changed[k + 1] == changed[k];
      if (joinNext) {
        continue; // the run goes on: the space between two words of one kind belongs to the run
      }
      int end = pos.get(k)[1];
      out.add(new Segment(evidence.substring(from, end), changed[k], changed[k] ? CHANGE : QUOTE));
      if (k + 1 < words.size()) {
        out.add(new Segment(evidence.substring(end, pos.get(k + 1)[0]), false, QUOTE));
        from = pos.get(k + 1)[0];
      }
    }
    if (at[1] < evidence.length()) {
      out.add(new Segment(evidence.substring(at[1]), false, PLAIN));
    }
    return out;
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final String[] SCALE_WORDS = {"thousand", "million", "billion", "trillion"};
  private static final String[][] SCALE_ABBREVIATIONS = {{"k"}, {"m", "mn", "mln"}, {"b", "bn", "bln"}, {"t", "tn"}};

  /**
   * The evidence split into plain and marked segments; one plain segment when the value is not found.
   *
   * @param figure whether the value is a number, so that other ways of writing it are tried too (never for quotes:
   *     a number inside a quote must not be marked alone when the quote itself was not found)
   */
  static List<Segment> segments(String evidence, String value, boolean figure) {
    List<Segment> out = new ArrayList<>(3);
    int[] at = locate(evidence, value, figure);
    if (at == null) {
      if (!evidence.isEmpty()) {
        out.add(new Segment(evidence, false));
      }
      return out;
    }
    if (at[0] > 0) {
      out.add(new Segment(evidence.substring(0, at[0]), false));
    }
    out.add(new Segment(evidence.substring(at[0], at[1]), true));
    if (at[1] < evidence.length()) {
      out.add(new Segment(evidence.substring(at[1]), false));
    }
    return out;
  }

  private static boolean any(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  /** {@code [start, end)} of the first occurrence of the value (or a way of writing it) in the evidence, or null. */
  static int[] locate(String evidence, String value, boolean figure) {
    if (evidence == null || value == null || evidence.isEmpty() || value.isBlank()) {
      return null;
    }
    Folded hay = fold(evidence);
    for (String candidate : candidates(value, figure)) {
      String needle = fold(candidate).text.strip();
      if (needle.isEmpty()) {
        continue;
      }
      int[] at = find(hay, needle);
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  private static int[] find(Folded hay, String needle) {
    String h = hay.text;
    boolean wordStart = Character.isLetterOrDigit(needle.charAt(0));
    boolean wordEnd = Character.isLetterOrDigit(needle.charAt(needle.length() - 1));
    for (int i = h.indexOf(needle); i >= 0; i = h.indexOf(needle, i + 1)) {
      int e = i + needle.length();
      boolean startOk = !wordStart || i == 0 || !Character.isLetterOrDigit(h.charAt(i - 1));
      boolean endOk = !wordEnd || e == h.length() || !continuesWord(h, e);
      if (startOk && endOk) {
        return new int[] {hay.origin[i], hay.origin[e - 1] + 1};
      }
    }
    return null;
  }

  // "1.4" followed by "5" or by ".5" continues the number; followed by "." ending a sentence it does not.
  private static boolean continuesWord(String h, int e) {
    char c = h.charAt(e);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    return (c == '.' || c == ',') && e + 1 < h.length() && Character.isDigit(h.charAt(e + 1))
        && Character.isDigit(h.charAt(e - 1));
  }

  /** The value itself, without surrounding quote marks, then for figures the ways a number is commonly written. */
  static List<String> candidates(String value, boolean figure) {
    Set<String> out = new LinkedHashSet<>();
    String v = value.strip();
    out.add(v);
    String unquoted = stripEnds(v);
    out.add(unquoted);
    if (!figure) {
      return new ArrayList<>(out);
    }
    Matcher m = NUMBER.matcher(unquoted.replace(",", ""));
    if (m.find()) {
      try {
        BigDecimal n = new BigDecimal(m.group());
        String plain = n.stripTrailingZeros().toPlainString();
        out.add(plain);
        out.add(grouped(n));
        BigDecimal abs = n.abs();
        for (int k = SCALE_WORDS.length - 1; k >= 0; k--) {
          BigDecimal scale = BigDecimal.TEN.pow(3 * (k + 1));
          if (abs.compareTo(scale) >= 0) {
            String scaled = n.divide(scale).stripTrailingZeros().toPlainString();
            out.add(scaled + " " + SCALE_WORDS[k]);
            out.add(scaled + "-" + SCALE_WORDS[k]);
            for (String abbreviation : SCALE_ABBREVIATIONS[k]) {
              out.add(scaled + abbreviation);
              out.add(scaled + " " + abbreviation);
            }
            break;
          }
        }
      } catch (NumberFormatException | ArithmeticException e) {
        // Not a number after all ("1.2.3"): the textual candidates above are all there is.
      }
    }
    return new ArrayList<>(out);
  }

  private static String grouped(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() <= 0) {
      return String.format(Locale.ROOT, "%,d", s.toBigInteger());
    }
    String plain = s.toPlainString();
    int dot = plain.indexOf('.');
    return String.format(Locale.ROOT, "%,d", new BigDecimal(plain.substring(0, dot)).toBigInteger())
        + plain.substring(dot);
  }

  private static String stripEnds(String v) {
    int s = 0;
    int e = v.length();
    while (s < e && isQuoteMark(v.charAt(s))) {
      s++;
    }
    while (e > s && (isQuoteMark(v.charAt(e - 1)) || ".,;:".indexOf(v.charAt(e - 1)) >= 0)) {
      e--;
    }
    return v.substring(s, e).strip();
  }

  private static boolean isQuoteMark(char c) {
    return "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB".indexOf(c) >= 0;
  }

  /** Folded text and, for each of its characters, the index of the source character it came from. */
  static final class Folded {
    final String text;
    final int[] origin;

    Folded(String text, int[] origin) {
      this.text = text;
      this.origin = origin;
    }
  }

  /**
   * Lower case, straight quotes, ASCII hyphen for dashes, {@code ...} for the ellipsis character, one space for any
   * run of white space, invisible characters dropped.
   */
  static Folded fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int[] origin = new int[s.length() * 3 + 1];
    int pendingSpace = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (pendingSpace < 0 && b.length() > 0) {
          pendingSpace = i;
        }
        continue;
      }
      if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
        continue;
      }
      if (pendingSpace >= 0) {
        origin[b.length()] = pendingSpace;
        b.append(' ');
        pendingSpace = -1;
      }
      String r = replacement(c);
      for (int k = 0; k < r.length(); k++) {
        origin[b.length()] = i;
        b.append(r.charAt(k));
      }
    }
    return new Folded(b.toString(), origin);
  }

  private static String replacement(char c) {
    switch (c) {
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
        return "\"";
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4':
        return "'";
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
        return "-";
      case '\u2026':
        return "...";
      default:
        return String.valueOf(Character.toLowerCase(c));
    }
  }
}
