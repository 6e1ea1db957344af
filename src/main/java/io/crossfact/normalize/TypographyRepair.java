package io.crossfact.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Repairs what scrapers and content farms do to typography, before extraction: a missing space after {@code ,}
 * {@code ;} {@code :} {@code .} (or a closing curly quote) when a letter follows ({@code Dr.Paul Ostrander},
 * {@code Ottawa,June 4}, {@code The E.U.has}), and odd casing of honorifics and names ({@code DR. Nina Faroukh},
 * {@code dr. nina Faroukh} when the article writes {@code Nina Faroukh}).
 *
 * <p>Never touched: abbreviations and initialisms ({@code U.S.}, {@code a.m.}, {@code e.g.}, {@code Ph.D}),
 * URLs, e-mail addresses and domains ({@code example.com/a.b}), numbers, decimals and times ({@code 3.5},
 * {@code 10:30}, {@code 1,200}), ellipses, HTML entities, and a lower-case word after a full stop ({@code Node.js}).
 *
 * <p>The result is a {@link Repair}: the insertions and in-place case changes, applicable to any text of the same
 * length (the article text and its boilerplate-blanked body), and the {@link OffsetMap} that takes offsets in the
 * repaired text back to the original.
 */
public final class TypographyRepair {
  /** Abbreviated honorifics and titles after which a name follows (lower case, no period). */
  static final Set<String> HONORIFICS = Set.of("dr", "prof", "mr", "mrs", "ms", "mx", "sen", "rep", "gov", "gen",
      "lt", "col", "capt", "sgt", "maj", "adm", "rev", "hon", "st", "fr", "supt", "insp", "cmdr", "pres");
  /** Honorifics of people whose odd casing is repaired ({@code DR.}, {@code dr.}); "ST. LOUIS" stays. */
  static final Set<String> PERSON_HONORIFICS = Set.of("dr", "prof", "mr", "mrs", "ms", "mx", "sen", "rep", "gov");
  /** Honorifics whose lower-case form is still an honorific ({@code dr. Faroukh}); "rep." and "gen." are words too. */
  static final Set<String> LOWER_CASE_HONORIFICS = Set.of("dr", "prof", "mr", "mrs", "ms");
  /** Lower-case name particles never capitalised ({@code Dr. de Souza}). */
  static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del", "della",
      "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "y");
  /** Words that make a capitalised pair no name, so its other spellings are left as they are. */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at",
      "to", "for", "by", "with", "from", "as", "he", "she", "it", "we", "they", "i", "you", "his", "her", "its",
      "their", "our", "my", "your", "this", "that", "these", "those", "if", "not", "no", "is", "was", "are", "were",
      "be", "has", "have", "had", "will", "may", "can", "would", "should", "could", "said", "says", "after",
      "before", "when", "while", "what", "who", "how", "why", "where", "new", "all", "so", "then", "there", "here");

  /** Title words written out that introduce a name ({@code Senator Ada Kerr}, {@code Vice Premier He Jun}). */
  static final Set<String> TITLE_WORDS = Set.of("senator", "governor", "president", "professor", "minister",
      "premier", "mayor", "judge", "ambassador", "secretary", "chancellor", "doctor", "representative",
      "congressman", "congresswoman", "commissioner", "director", "chairman", "chairwoman", "general");
  /** Words that open an apposition after a name ({@code Nina Faroukh, a senior fellow}). */
  static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "who", "whose");

  private static final Pattern URL_LIKE = Pattern.compile(
      "(?i:https?://|ftps?://|mailto:|www\\.|[\\w.+-]+@[\\w-]+\\.)|[\\w-]\\.(?:com|org|net|gov|edu|int|mil|io|co|uk"
          + "|us|eu|de|fr|ca|au|info|biz|news|tv|me|ly|html?|php|aspx?)\\b|/[\\w.-]*\\.|\\.[\\w-]+/");
  private static final Pattern ENTITY_BEFORE = Pattern.compile("&#?\\w{1,8}$");
  /** A word as {@link #words} reads it (the specification its test checks the scan against). */
  static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019]*(?:-\\p{L}[\\p{L}\\p{M}'\u2019]*)*");

  private TypographyRepair() {}

  /** What the repair changes in one text. */
  public static final class Repair {
    private static final Repair NONE = new Repair(new int[0], new TreeMap<>(), OffsetMap.identity());

    private final int[] insertBefore;
    /** Repaired offset to the character written there instead. */
    private final TreeMap<Integer, Character> recase;
    private final OffsetMap map;

    Repair(int[] insertBefore, TreeMap<Integer, Character> recase, OffsetMap map) {
      this.insertBefore = insertBefore;
      this.recase = recase;
      this.map = map;
    }

    public boolean isEmpty() {
      return insertBefore.length == 0 && recase.isEmpty();
    }

    public OffsetMap map() {
      return map;
    }

    /** Applies the repair to {@code text}, which must have the length of the text the repair was planned on. */
    public String apply(String text) {
      if (isEmpty()) {
        return text;
      }
      StringBuilder b = new StringBuilder(text.length() + insertBefore.length);
      int from = 0;
      for (int p : insertBefore) {
        b.append(text, from, p).append(' ');
        from = p;
      }
      b.append(text, from, text.length());
      for (Map.Entry<Integer, Character> e : recase.entrySet()) {
        b.setCharAt(e.getKey(), e.getValue());
      }
      return b.toString();
    }
  }

  /** The repair of {@code text}: spaces first, then casing on the spaced text. */
  public static Repair plan(String text) {
    int[] inserts = missingSpaces(text);
    OffsetMap map = OffsetMap.ofInsertions(inserts);
    String spaced = inserts.length == 0 ? text : new Repair(inserts, new TreeMap<>(), map).apply(text);
    TreeMap<Integer, Character> recase = recase(spaced);
    if (inserts.length == 0 && recase.isEmpty()) {
      return Repair.NONE;
    }
    return new Repair(inserts, recase, map);
  }

  /** The repaired text alone (tests, tools). */
  public static String repair(String text) {
    return plan(text).apply(text);
  }

  // ---- missing spaces ----

  /** Original offsets before which a space is missing, ascending. */
  static int[] missingSpaces(String s) {
    List<Integer> at = new ArrayList<>();
    int n = s.length();
    for (int i = 1; i + 1 < n; i++) {
      char c = s.charAt(i);
      if (c != ',' && c != ';' && c != ':' && c != '.' && c != '\u201D') {
        continue;
      }
      if (!Character.isLetter(s.charAt(i + 1)) || Character.isWhitespace(s.charAt(i - 1))) {
        continue;
      }
      if (needsSpace(s, i, c) && !inUrl(s, i)) {
        at.add(i + 1);
      }
    }
    int[] out = new int[at.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = at.get(k);
    }
    return out;
  }

  private static boolean needsSpace(String s, int i, char c) {
    switch (c) {
      case ',':
        return true;
      case '\u201D':
        return ",.!?".indexOf(s.charAt(i - 1)) >= 0 || Character.isLetter(s.charAt(i - 1));
      case ';':
        return !ENTITY_BEFORE.matcher(s.substring(Math.max(0, i - 10), i)).find();
      case ':':
        return s.charAt(i - 1) != ':' && (i + 2 >= s.length() || s.charAt(i + 2) != ':');
      default:
        return periodNeedsSpace(s, i);
    }
  }

  /**
   * A full stop followed by a letter: a space is missing after an honorific ({@code Dr.Paul}, {@code dr.nina}),
   * before a capitalised word ({@code ended.The}), and after an initialism before any word ({@code E.U.has});
   * none inside an initialism ({@code U.S.}, {@code a.m.}, {@code Ph.D}), after an ellipsis, or before a
   * lower-case word that follows a plain word ({@code Node.js}).
   */
  private static boolean periodNeedsSpace(String s, int i) {
    if (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '\u2026') {
      return false; // ellipsis
    }
    int ls = i;
    while (ls > 0 && Character.isLetter(s.charAt(ls - 1))) {
      ls--;
    }
    String left = s.substring(ls, i);
    int re = i + 1;
    while (re < s.length() && Character.isLetter(s.charAt(re))) {
      re++;
    }
    String right = s.substring(i + 1, re);
    boolean rightInitial = right.length() == 1 && (re >= s.length() || !Character.isLetterOrDigit(s.charAt(re)));
    if (rightInitial) {
      return false; // U.S., a.m., Ph.D, J.R.R.
    }
    if (HONORIFICS.contains(left.toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean leftInitialism = left.length() == 1 && ls > 0 && s.charAt(ls - 1) == '.';
    if (leftInitialism) {
      return true; // E.U.has, U.S.Army
    }
    if (left.length() == 1 && ls > 0 && (s.charAt(ls - 1) == '-' || Character.isLetterOrDigit(s.charAt(ls - 1)))) {
      return false; // (D-W.Va.)
    }
    char r0 = right.charAt(0);
    return Character.isUpperCase(r0) && right.length() > 1 && Character.isLowerCase(right.charAt(1));
  }

  /** Whether offset {@code i} lies in a URL, e-mail address or domain (the whitespace-delimited token). */
  private static boolean inUrl(String s, int i) {
    int a = i;
    while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) {
      a--;
    }
    int b = i;
    while (b < s.length() && !Character.isWhitespace(s.charAt(b))) {
      b++;
    }
    return URL_LIKE.matcher(s.substring(a, b)).find();
  }

  // ---- casing ----

  record Word(int start, int end, String text) {}

  /**
   * The matches of {@link #WORD} in order, read by one scan instead of the regex (every text is planned once, and
   * the matcher was half of this repair's time): a letter, then letters, marks and apostrophes, then any number of
   * hyphen-joined parts that each start with a letter.
   */
  static List<Word> words(String s) {
    List<Word> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int c = s.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int j = rest(s, i + Character.charCount(c));
      while (j + 1 < n && s.charAt(j) == '-' && Character.isLetter(s.codePointAt(j + 1))) {
        j = rest(s, j + 1 + Character.charCount(s.codePointAt(j + 1)));
      }
      out.add(new Word(i, j, s.substring(i, j)));
      i = j;
    }
    return out;
  }

  /** The end of a run of letters, marks and apostrophes starting at {@code i}. */
  private static int rest(String s, int i) {
    int n = s.length();
    while (i < n) {
      int c = s.codePointAt(i);
      if (!(Character.isLetter(c) || c == '\'' || c == '\u2019' || isMark(c))) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** {@code \p{M}}: a non-spacing, enclosing or spacing combining mark. */
  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
  }

  /** In-place case changes of honorifics and names on the spaced text. */
  static TreeMap<Integer, Character> recase(String s) {
    TreeMap<Integer, Character> out = new TreeMap<>();
    List<Word> words = words(s);
    Map<String, String> pairs = new HashMap<>();
    Map<String, String> known = new HashMap<>();
    for (int k = 0; k + 1 < words.size(); k++) {
      Word a = words.get(k);
      Word b = words.get(k + 1);
      if (adjacent(s, a, b) && isTitle(a.text) && isTitle(b.text) && !isFunctionWord(a.text)
          && !isFunctionWord(b.text) && introducesPerson(s, words, k)) {
        String key = (a.text + " " + b.text).toLowerCase(Locale.ROOT);
        pairs.putIfAbsent(key, a.text + " " + b.text);
        known.putIfAbsent(a.text.toLowerCase(Locale.ROOT), a.text);
        known.putIfAbsent(b.text.toLowerCase(Locale.ROOT), b.text);
      }
    }
    for (int k = 0; k < words.size(); k++) {
      Word w = words.get(k);
      boolean honorific = isHonorific(s, w);
      if (honorific && !isTitle(w.text) && PERSON_HONORIFICS.contains(w.text.toLowerCase(Locale.ROOT))
          && (isAllCaps(w.text) || LOWER_CASE_HONORIFICS.contains(w.text))) {
        setCase(out, w, titleCase(w.text));
      }
      boolean afterHonorific = k > 0 && isHonorific(s, words.get(k - 1)) && adjacentAfterPeriod(s, words.get(k - 1), w);
      if (k + 1 < words.size() && adjacent(s, w, words.get(k + 1))) {
        Word next = words.get(k + 1);
        // most texts introduce no capitalised pair: then no key is built
        String title = pairs.isEmpty() ? null : pairs.get((w.text + " " + next.text).toLowerCase(Locale.ROOT));
        if (title != null && !title.equals(w.text + " " + next.text)
            && (afterHonorific || !(isAllCaps(w.text) && isAllCaps(next.text)) && isLower(w.text)
                && startsUpper(next.text))) {
          int sp = title.indexOf(' ');
          setCase(out, w, title.substring(0, sp));
          setCase(out, next, title.substring(sp + 1));
          continue;
        }
        if (afterHonorific && isLower(w.text) && !PARTICLES.contains(w.text) && !isFunctionWord(w.text)
            && isTitle(next.text)) {
          setCase(out, w, titleCase(w.text)); // Dr. nina Faroukh
          continue;
        }
      }
      if (afterHonorific && !isTitle(w.text) && !PARTICLES.contains(w.text)) {
        String k2 = known.get(w.text.toLowerCase(Locale.ROOT));
        if (k2 != null) {
          setCase(out, w, k2); // Dr. faroukh, Dr. FAROUKH
        }
      }
    }
    return out;
  }

  /**
   * Whether the capitalised pair at word k is a person's name as the article introduces one: after an honorific or
   * a title word ({@code Dr. Nina Faroukh}, {@code Senator Ada Kerr}), or before an apposition ({@code Nina
   * Faroukh, a senior fellow}). Headline pairs ({@code Paris Terror}) are not, so their lower-case echoes in the
   * running text stay as written.
   */
  private static boolean introducesPerson(String s, List<Word> words, int k) {
    if (k > 0) {
      Word before = words.get(k - 1);
      if (isHonorific(s, before) && adjacentAfterPeriod(s, before, words.get(k))
          || isTitle(before.text) && TITLE_WORDS.contains(before.text.toLowerCase(Locale.ROOT))
          && adjacent(s, before, words.get(k))) {
        return true;
      }
    }
    Word b = words.get(k + 1);
    if (k + 2 < words.size() && b.end < s.length() && s.charAt(b.end) == ',') {
      Word after = words.get(k + 2);
      return after.start == b.end + 2 && APPOSITION_OPENERS.contains(after.text);
    }
    return false;
  }

  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
  }

  private static boolean isHonorific(String s, Word w) {
    return w.end < s.length() && s.charAt(w.end) == '.' && HONORIFICS.contains(w.text.toLowerCase(Locale.ROOT))
        && (w.start == 0 || !Character.isLetter(s.charAt(w.start - 1)) && s.charAt(w.start - 1) != '.');
  }

  private static boolean adjacent(String s, Word a, Word b) {
    return b.start == a.end + 1 && s.charAt(a.end) == ' ';
  }

  private static boolean adjacentAfterPeriod(String s, Word honorific, Word w) {
    int i = honorific.end + 1;
    int spaces = 0;
    while (i < w.start && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
      spaces++;
    }
    return i == w.start && spaces <= 2;
  }

  private static void setCase(TreeMap<Integer, Character> out, Word w, String target) {
    if (target.length() != w.text.length()) {
      return;
    }
    for (int i = 0; i < target.length(); i++) {
      if (target.charAt(i) != w.text.charAt(i)) {
        out.put(w.start + i, target.charAt(i));
      }
    }
  }

  private static boolean isTitle(String w) {
    if (!Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsUpper(String w) {
    return Character.isUpperCase(w.charAt(0));
  }

  private static boolean isLower(String w) {
    return w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLowerCase(w.charAt(0));
  }

  private static boolean isFunctionWord(String w) {
    return FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** {@code nina} -> {@code Nina}, {@code DR} -> {@code Dr}, {@code al-amin} -> {@code Al-Amin}. */
  static String titleCase(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-';
    }
    return b.toString();
  }
}
