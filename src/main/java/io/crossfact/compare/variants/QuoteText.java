package io.crossfact.compare.variants;

import io.crossfact.normalize.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote as the comparer reads it: its words (normalized, contractions spelled out, censored words kept whole) and,
 * by word index, what the raw text says about them: inside brackets or parentheses (the editor's words), just after
 * an ellipsis, at the start of a sentence, written with a capital.
 */
public final class QuoteText implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Stands for a censoring asterisk inside a word ("f***ing"), so the word stays one token. */
  static final char CENSOR = '\u0298';
  private static final Pattern CENSORED = Pattern.compile("(?<=\\p{L})\\*+|\\*+(?=\\p{L})");
  private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}'\\-.]*");
  private static final Map<String, String> IRREGULAR_NEGATIONS = Map.of("won't", "will", "can't", "can", "shan't",
      "shall", "ain't", "is", "cannot", "can");

  public final String raw;
  public final List<String> words;
  /** Word indexes inside square brackets or parentheses. */
  public final Set<Integer> editorial;
  /** Word indexes at which an ellipsis stands (before that word). */
  public final List<Integer> ellipses;
  /** Word indexes that start a sentence (0 included). */
  public final Set<Integer> sentenceStarts;
  /** Word indexes that follow a comma, dash or colon: the start of an aside or a list item. */
  public final Set<Integer> afterComma;
  /** Lower-cased words the raw text writes with a capital, wherever they stand. */
  public final Set<String> capitalized;

  public QuoteText(String raw) {
    this.raw = raw == null ? "" : raw;
    String marked = mark(this.raw);
    this.words = words(marked);
    this.editorial = insideMarks(marked);
    this.ellipses = ellipsisPositions(marked);
    this.sentenceStarts = sentenceStarts(marked);
    this.afterComma = afterComma(marked);
    Set<String> caps = new HashSet<>();
    Matcher m = CAPITALIZED.matcher(marked);
    while (m.find()) {
      caps.addAll(words(m.group()));
    }
    this.capitalized = caps;
  }

  static String mark(String raw) {
    return CENSORED.matcher(raw).replaceAll(r -> String.valueOf(CENSOR).repeat(r.group().length()));
  }

  public int size() {
    return words.size();
  }

  public boolean isCapitalized(int i) {
    return i >= 0 && i < words.size() && capitalized.contains(words.get(i));
  }

  /**
   * The words a quote is compared on: {@link TextNormalizer#words} with contractions spelled out, so "don't" and
   * "do not" (a transcription choice, not a change of meaning) are the same words. Only unambiguous contractions
   * are expanded: "'s" and "'d" stay as written.
   */
  public static List<String> words(String quote) {
    List<String> out = new ArrayList<>();
    for (String w : TextNormalizer.words(mark(quote == null ? "" : quote))) {
      String irregular = IRREGULAR_NEGATIONS.get(w);
      if (irregular != null) {
        out.add(irregular);
        out.add("not");
      } else if (w.endsWith("n't") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("not");
      } else if (w.endsWith("'re") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("are");
      } else if (w.endsWith("'ll") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("will");
      } else if (w.endsWith("'ve") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("have");
      } else if (w.equals("i'm")) {
        out.add("i");
        out.add("am");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Word indexes at which the raw quote has an ellipsis (…, ..., or [...]). */
  public static List<Integer> ellipsisPositions(String raw) {
    String n = TextNormalizer.normalize(raw);
    List<Integer> out = new ArrayList<>();
    int from = 0;
    int words = 0;
    int at;
    while ((at = n.indexOf("...", from)) >= 0) {
      words += words(n.substring(from, at)).size();
      out.add(words);
      from = at + 3;
      while (from < n.length() && n.charAt(from) == '.') {
        from++;
      }
    }
    return out;
  }

  /** Word indexes of a raw quote that stand inside square brackets or parentheses. */
  public static Set<Integer> insideMarks(String raw) {
    Set<Integer> out = new TreeSet<>();
    String n = TextNormalizer.normalize(raw);
    for (char[] pair : new char[][] {{'[', ']'}, {'(', ')'}}) {
      int open;
      int from = 0;
      while ((open = n.indexOf(pair[0], from)) >= 0) {
        int close = n.indexOf(pair[1], open);
        if (close < 0) {
          break;
        }
        int before = words(n.substring(0, open)).size();
        int inside = words(n.substring(open + 1, close)).size();
        for (int k = 0; k < inside; k++) {
          out.add(before + k);
        }
        from = close + 1;
      }
    }
    return out;
  }

  /** Word indexes that follow a comma, a colon, a semicolon or a spaced dash. */
  static Set<Integer> afterComma(String raw) {
    Set<Integer> out = new TreeSet<>();
    String n = TextNormalizer.normalize(raw);
    Matcher m = Pattern.compile("[,;:]\\s*|\\s-+\\s").matcher(n);
    while (m.find()) {
      out.add(words(n.substring(0, m.end())).size());
    }
    return out;
  }

  /** Word indexes that begin a sentence: the first word, and each word after a full stop, ?, ! or ellipsis. */
  static Set<Integer> sentenceStarts(String raw) {
    Set<Integer> out = new TreeSet<>();
    out.add(0);
    String n = TextNormalizer.normalize(raw).toLowerCase(Locale.ROOT);
    Matcher m = Pattern.compile("[.!?]+['\"\\)\\]]*\\s+|\\.\\.\\.").matcher(n);
    while (m.find()) {
      String before = n.substring(0, m.end());
      // an abbreviation's dot ("Sen. Reid", "F.B.I. agent") ends no sentence
      if (before.matches("(?s).*\\b(mr|mrs|ms|dr|sen|rep|gov|gen|st|lt|col|sgt|jr|sr|u\\.s|[a-z])\\.\\s+$")) {
        continue;
      }
      out.add(words(before).size());
    }
    return out;
  }
}
