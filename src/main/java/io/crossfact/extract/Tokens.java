package io.crossfact.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words and punctuation marks of one text with their offsets, made in one linear pass. Words keep inner
 * apostrophes and hyphens ({@code O’Malley}, {@code front-runner}); a period stays on initials, dotted acronyms and
 * the title abbreviations ({@code J.}, {@code U.S.}, {@code Sen.}) so that it never reads as a sentence end.
 */
final class Tokens {
  final String text;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int size;
  private Set<String> lowerWords;
  /** Each token's text and lower-cased text, made on first use (the extractors ask for most several times). */
  private String[] words;
  private String[] lowers;
  /** Plural and common nouns that open sentences in news and are never a lone name ("People practically fell"). */
  private static final Set<String> COMMON_OPENERS = Lexicon.words("people", "couple", "eyebrows", "things",
      "critics", "aides", "officials", "employees", "residents", "voters", "supporters", "protesters",
      "students", "parents", "experts", "analysts", "observers", "lawmakers", "democrats", "republicans",
      "depositions", "corporations", "boos", "pressed", "asked", "later", "earlier",
      "americans", "fans", "witnesses", "investigators", "prosecutors", "police", "authorities", "sources");

  Tokens(String text) {
    this.text = text;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || continuesMisdecoded(text, j)) {
            j++;
          } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&')
              && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        if (j < n && text.charAt(j) == '.' && keepsPeriod(text, i, j)) {
          j++;
        }
        add(i, j);
        i = j;
      } else {
        add(i, i + 1);
        i++;
      }
    }
  }

  /**
   * Whether a capitalised word is an ordinary word in this text: it also occurs written in lower case ("People
   * practically fell" beside "the people"), or it reads as a participle opening a sentence ("Reprising", "Citing").
   */
  boolean isCommonWord(String word) {
    String l = word.toLowerCase(Locale.ROOT);
    if (l.length() > 5 && l.endsWith("ing") || COMMON_OPENERS.contains(l)) {
      return true;
    }
    if (lowerWords == null) {
      Set<String> set = new HashSet<>();
      for (int k = 0; k < size; k++) {
        if (Character.isLowerCase(text.charAt(starts[k]))) {
          set.add(text.substring(starts[k], ends[k]));
        }
      }
      lowerWords = set;
    }
    return lowerWords.contains(l);
  }

  /**
   * Whether the character at j carries on a word as part of an accent: a combining mark typed after its letter, or a
   * Latin-1 byte of a UTF-8 letter decoded as Latin-1 ({@code PeÃ±a} for Peña) right after its lead {@code Ã}/{@code
   * Â}. Such names are otherwise cut in two and lose their surname.
   */
  private static boolean continuesMisdecoded(String text, int j) {
    char d = text.charAt(j);
    if (Character.getType(d) == Character.NON_SPACING_MARK) {
      return true;
    }
    char p = text.charAt(j - 1);
    return d >= '\u0080' && d <= '\u00BF' && d != '\u00A0' && (p == '\u00C3' || p == '\u00C2'
        || Character.getType(p) == Character.NON_SPACING_MARK || p >= '\u0080' && p <= '\u00BF');
  }

  private static boolean keepsPeriod(String text, int s, int e) {
    if (e - s == 1 && Character.isUpperCase(text.charAt(s))) {
      return true; // an initial
    }
    if (text.indexOf('.', s) < e) {
      return true; // U.S, p.m
    }
    if (e + 1 < text.length() && text.charAt(e + 1) == ')') {
      return true; // "(D-Md.)": an abbreviation closing a parenthesis
    }
    String w = text.substring(s, e).toLowerCase(Locale.ROOT);
    return NameCanonicalizer.TITLES.containsKey(w) && w.length() <= 5 && !w.equals("chief") && !w.equals("judge")
        && !w.equals("mayor") && !w.equals("host") && !w.equals("aide") && !w.equals("chair") && !w.equals("vice")
        && !w.equals("king") && !w.equals("queen") && !w.equals("pope") && !w.equals("lady") && !w.equals("lord")
        || NameCanonicalizer.HONORIFICS.containsKey(w) || w.equals("jr") || w.equals("sr") || w.equals("st");
  }

  private void add(int s, int e) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    starts[size] = s;
    ends[size] = e;
    size++;
  }

  int size() {
    return size;
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  String word(int k) {
    if (words == null) {
      words = new String[size];
    }
    String w = words[k];
    if (w == null) {
      w = text.substring(starts[k], ends[k]);
      words[k] = w;
    }
    return w;
  }

  String lower(int k) {
    if (lowers == null) {
      lowers = new String[size];
    }
    String l = lowers[k];
    if (l == null) {
      l = word(k).toLowerCase(Locale.ROOT);
      lowers[k] = l;
    }
    return l;
  }

  char first(int k) {
    return text.charAt(starts[k]);
  }

  boolean isWord(int k) {
    return Character.isLetterOrDigit(text.charAt(starts[k]));
  }

  boolean isCapitalized(int k) {
    return Character.isUpperCase(text.charAt(starts[k]));
  }

  boolean is(int k, char c) {
    return ends[k] - starts[k] == 1 && text.charAt(starts[k]) == c;
  }

  /** The first token starting at or after {@code offset} (size() when none). */
  int indexAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a line break lies between two offsets (a paragraph or line boundary stops every phrase). */
  boolean breakBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
