package io.crossfact.story;

import io.crossfact.normalize.Lemmatizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads an article's title and body into a {@link StoryProfile}: key terms ({@code w:lemma}), names ({@code e:word}
 * for each word of a capitalized run, and {@code e:first second} for the whole run when it has several words) and
 * the years the text writes.
 *
 * <p>A capitalized word opening a sentence counts as a name only if the text also writes it capitalized inside a
 * sentence, so "Officials said" does not make "officials" a name while "Lohan said" keeps "Lohan". Title words count
 * twice: a headline names the event.
 */
public final class StoryProfiler {
  /** Prefix of key-term features. */
  public static final String TERM = "w:";
  /** Prefix of name features. */
  public static final String NAME = "e:";

  private StoryProfiler() {}

  /** The profile of one article. */
  public static StoryProfile profile(String articleId, String published, String title, String body) {
    Map<String, Integer> counts = new TreeMap<>();
    Set<Integer> years = new TreeSet<>();
    List<Token> titleTokens = tokens(title == null ? "" : title);
    List<Token> bodyTokens = tokens(body == null ? "" : body);
    Set<String> midSentenceCapitals = new HashSet<>();
    for (List<Token> ts : List.of(titleTokens, bodyTokens)) {
      for (Token t : ts) {
        if (t.capitalized && !t.sentenceStart) {
          midSentenceCapitals.add(t.lower);
        }
      }
    }
    addAll(titleTokens, 2, midSentenceCapitals, counts, years, true);
    addAll(bodyTokens, 1, midSentenceCapitals, counts, years, false);
    String[] features = new String[counts.size()];
    int[] c = new int[counts.size()];
    int i = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      features[i] = e.getKey();
      c[i++] = e.getValue();
    }
    int[] y = years.stream().mapToInt(Integer::intValue).toArray();
    String date = published == null || published.length() < 10 ? "" : published.substring(0, 10);
    return new StoryProfile(articleId, date, features, c, y, date.isEmpty() ? StoryTime.estimate(title, body) : "");
  }

  private static void addAll(List<Token> ts, int weight, Set<String> midSentenceCapitals,
      Map<String, Integer> counts, Set<Integer> years, boolean title) {
    List<String> run = new ArrayList<>();
    for (Token t : ts) {
      if (t.year > 0) {
        years.add(t.year);
        flush(run, weight, counts);
        continue;
      }
      boolean name = t.capitalized && !StoryWords.CALENDAR.contains(t.lower) && !StoryWords.STOP.contains(t.lower)
          && (title ? midSentenceCapitals.contains(t.lower) : !t.sentenceStart
              || midSentenceCapitals.contains(t.lower));
      if (name && (!t.runBreak || run.isEmpty())) {
        run.add(t.lower);
        continue;
      }
      flush(run, weight, counts);
      if (name) {
        run.add(t.lower);
        continue;
      }
      if (t.lower.length() >= 3 && !StoryWords.STOP.contains(t.lower) && Character.isLetter(t.lower.charAt(0))) {
        counts.merge(TERM + Lemmatizer.lemma(t.lower), weight, Integer::sum);
      }
    }
    flush(run, weight, counts);
  }

  private static void flush(List<String> run, int weight, Map<String, Integer> counts) {
    if (run.isEmpty()) {
      return;
    }
    for (String w : run) {
      if (w.length() >= 2) {
        counts.merge(NAME + w, weight, Integer::sum);
      }
    }
    if (run.size() > 1) {
      counts.merge(NAME + String.join(" ", run), weight, Integer::sum);
    }
    run.clear();
  }

  /** One word of the text. */
  static final class Token {
    final String lower;
    final boolean capitalized;
    /** First word of a sentence (or of a line). */
    final boolean sentenceStart;
    /** Punctuation stands between this word and the previous one, so they are not one name. */
    final boolean runBreak;
    /** The year a four-digit number writes, or 0. */
    final int year;

    Token(String lower, boolean capitalized, boolean sentenceStart, boolean runBreak, int year) {
      this.lower = lower;
      this.capitalized = capitalized;
      this.sentenceStart = sentenceStart;
      this.runBreak = runBreak;
      this.year = year;
    }
  }

  /** Words and four-digit years, with the sentence and run boundaries before each. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean sentenceStart = true;
    boolean runBreak = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && (Character.isLetter(text.charAt(j)) || isInner(text, j))) {
          j++;
        }
        String w = text.substring(i, j);
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
          lower = lower.substring(0, lower.length() - 2);
        }
        lower = lower.replace('’', '\'');
        boolean capitalized = Character.isUpperCase(c) && !(w.length() > 4 && w.equals(w.toUpperCase(Locale.ROOT)));
        out.add(new Token(lower, capitalized, sentenceStart, runBreak, 0));
        sentenceStart = false;
        runBreak = false;
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
          j++;
        }
        int year = 0;
        if (j - i == 4 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
            && Character.isDigit(text.charAt(i + 3)) && Character.isDigit(text.charAt(i + 1))
            && Character.isDigit(text.charAt(i + 2))) {
          int y = Integer.parseInt(text.substring(i, j));
          year = y >= 1900 && y <= 2099 ? y : 0;
        }
        if (year > 0) {
          out.add(new Token("", false, sentenceStart, true, year));
        }
        sentenceStart = false;
        runBreak = true;
        i = j;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '”'
            || c == '(' || c == ')') {
          // an abbreviation like "U.S." or "Mr." does not end a sentence: the next word would still be a name
          boolean abbreviation = c == '.' && i > 0 && isAbbreviationEnd(text, i);
          if (!abbreviation && c != '"' && c != '“' && c != '”' && c != '(' && c != ')') {
            sentenceStart = true;
          }
          if (c == '"' || c == '“') {
            sentenceStart = true;
          }
          runBreak = runBreak || !abbreviation;
        } else if (c == ',' || c == ';' || c == '—' || c == '–' || c == '/' || c == '|') {
          runBreak = true;
        } else if (c == '-' && (i + 1 >= n || text.charAt(i + 1) == ' ')) {
          runBreak = true;
        }
        i++;
      }
    }
    return out;
  }

  private static boolean isInner(String text, int j) {
    char c = text.charAt(j);
    return (c == '\'' || c == '’' || c == '-') && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
  }

  /** "Mr." "Dr." "U.S." "St.": a short capitalized word or single letters before the dot. */
  private static boolean isAbbreviationEnd(String text, int dot) {
    int k = dot - 1;
    while (k >= 0 && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '.')) {
      k--;
    }
    String w = text.substring(k + 1, dot);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    return w.indexOf('.') > 0 || lower.length() == 1 || ABBREVIATIONS.contains(lower);
  }

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen",
      "lt", "col", "sgt", "jr", "sr", "prof", "rev", "capt", "cmdr", "adm", "pres", "supt", "det");
}
