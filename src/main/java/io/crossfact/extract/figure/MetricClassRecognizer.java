package io.crossfact.extract.figure;

import static io.crossfact.extract.figure.FigureTokens.NUM;
import static io.crossfact.extract.figure.FigureTokens.WORD;

import io.crossfact.normalize.Lemmatizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a figure counts, as a typed class from the catalogue {@code metric-classes.tsv} ({@code deaths},
 * {@code injuries}, {@code distance}, {@code money}, ...), and for the classes that belong to one person or thing
 * (an age, a fall, games missed, a revolver's caliber) who or what it is about: the surname of the nearest name, the
 * weapon named. Two reports of one story compare a figure only with the same class and subject.
 */
final class MetricClassRecognizer {
  /** Class to its cue lemmas, in catalogue order (the first class with a matching cue wins). */
  static final Map<String, Set<String>> CLASSES;
  /** Classes whose figures belong to a named person or thing. */
  static final Set<String> PERSONAL;
  static final Set<String> LENGTHS = Set.of("m", "km", "cm", "mm", "feet", "ft", "foot", "miles", "mi", "yards",
      "inches", "metres", "meters");
  static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.",
      "gov.", "gen.", "lt.", "sgt.", "officer", "president", "coach");
  static final Set<String> WEAPONS = Set.of("revolver", "pistol", "handgun", "gun", "rifle", "shotgun");
  /** What a sum in a story pays for, when the sentence says it: one sum per topic can conflict. */
  static final Set<String> MONEY_TOPICS = Set.of("damage", "funding", "bail", "ransom", "fine");

  static {
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    Set<String> personal = new HashSet<>();
    try (InputStream in = MetricClassRecognizer.class.getResourceAsStream("metric-classes.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split("\t");
        Set<String> cues = new HashSet<>(List.of(c[2].trim().split("\\s+")));
        classes.put(c[0], cues);
        if (c[1].trim().equals("yes")) {
          personal.add(c[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CLASSES = Collections.unmodifiableMap(classes);
    personal.add("distance"); // a fall, a climb: the distance of one person's accident
    PERSONAL = Collections.unmodifiableSet(personal);
  }

  private final FigureText x;
  private final FigureTokens t;

  MetricClassRecognizer(FigureText x) {
    this.x = x;
    this.t = x.t;
  }

  /** The class of figure f in the sentence [ts, te), or "" when the catalogue has none for it. */
  String classOf(Fig f, int ts, int te) {
    if (f.age) {
      return "age";
    }
    if (!f.currency.isEmpty()) {
      return "money";
    }
    if (f.percent) {
      return "percent";
    }
    if (LENGTHS.contains(f.unit)) {
      return "distance";
    }
    // "mother of 13": the children of the person named
    if (f.qStart - 2 >= ts && t.isWord(f.qStart - 1, "of")
        && (t.isWord(f.qStart - 2, "mother") || t.isWord(f.qStart - 2, "father"))) {
      return "children";
    }
    // "supplies for 15,000 refugees", "a hall for 300 people": a capacity, not a count of what happened
    if (f.qStart - 1 >= ts && t.isWord(f.qStart - 1, "for") && !f.age) {
      return "";
    }
    if (missedGames(f, ts, te)) {
      return "games_missed";
    }
    String c = catalogued(f, ts, te);
    if (c.equals("points") && careerTotal(f, ts, te)) {
      return "career_points";
    }
    return c;
  }

  /**
   * "missed nine games", "missing 10 of the team's 16 games", "sat out 3 games": games a player missed ("will miss
   * the last 2 games" is not: games to come are another count).
   */
  private boolean missedGames(Fig f, int ts, int te) {
    boolean verb = false;
    for (int k = f.qStart - 1; k >= Math.max(ts, f.qStart - 2); k--) {
      // past games only: "will miss the last 2 games" counts games still to come, another figure
      verb |= t.type[k] == WORD && (t.lower[k].equals("missed") || t.lower[k].equals("missing")
          || t.isWord(k, "out") && t.isWord(k - 1, "sat"));
    }
    if (!verb) {
      return false;
    }
    for (int k = f.last + 1; k < Math.min(te, f.last + 7); k++) {
      if (t.type[k] == WORD && (t.lower[k].equals("games") || t.lower[k].equals("matches")
          || t.lower[k].equals("starts") || t.lower[k].equals("contests"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Points that are a career total: "now has 2,100 points", "1,802 career points", "his career total of 900"; a
   * "career-high 14 points" or "his career high of 13" is one game's.
   */
  private boolean careerTotal(Fig f, int ts, int te) {
    if (f.qStart - 1 >= ts && (t.isWord(f.qStart - 1, "has") || t.isWord(f.qStart - 1, "have"))
        && t.isWord(f.qStart - 2, "now")) {
      return true;
    }
    for (int k = Math.max(ts, f.qStart - 4); k < Math.min(te, f.last + 4); k++) {
      if (t.isWord(k, "career") && !(k + 1 < te && (t.isWord(k + 1, "high") || t.isWord(k + 1, "best")
          || t.isWord(k + 1, "low") || t.isSym(k + 1, '-')))) {
        return true;
      }
    }
    return false;
  }

  private String catalogued(Fig f, int ts, int te) {
    List<String> words = new ArrayList<>();
    for (String w : f.predicate.split("_")) {
      words.add(w);
      words.add(Lemmatizer.lemma(w));
    }
    // a hyphenated compound names a kind, not what is counted: "nine pro-death jurors" counts jurors
    for (String w : f.subject.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
      if (!w.isEmpty() && w.indexOf('-') < 0) {
        words.add(Lemmatizer.lemma(w));
        words.add(w);
      }
    }
    String c = firstClass(words);
    if (c != null) {
      return c;
    }
    // the verb before ("killing at least one") or the word after ("24 people dead", "seven bullets hit")
    List<String> near = new ArrayList<>();
    boolean left = true;
    boolean right = true;
    for (int d = 1; d <= 12 && (left || right); d++) {
      int k = f.qStart - d;
      left &= k >= ts && t.type[k] != NUM;
      // a verb right before the figure; further back only a toll ("the death toll from the landslide rose to 19")
      if (left && t.type[k] == WORD && (d <= 3 || t.lower[k].equals("toll"))) {
        near.add(t.lower[k]);
        near.add(Lemmatizer.lemma(t.lower[k]));
      }
      k = f.last + d;
      right &= d <= 3 && k < te && t.type[k] != NUM;
      if (right && t.type[k] == WORD) {
        near.add(t.lower[k]);
        near.add(Lemmatizer.lemma(t.lower[k]));
      }
    }
    // the nearest cue decides: "damaging houses and injuring at least five people" counts the injured
    for (String w : near) {
      c = firstClass(List.of(w));
      if (c != null) {
        return c;
      }
    }
    return "";
  }

  private static String firstClass(List<String> words) {
    for (Map.Entry<String, Set<String>> e : CLASSES.entrySet()) {
      for (String w : words) {
        if (e.getValue().contains(w)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /**
   * Whom or what a figure of class c is about: for a personal class the surname of the nearest name (before the
   * figure within its clause, else right after it: "32-year-old Englishman Robert Buckley"), for a caliber the
   * weapon, for money what it pays for; empty for the counts of the story's event.
   */
  String about(Fig f, String c, int ts, int te) {
    if (c.equals("caliber")) {
      for (int k = f.last + 1; k < Math.min(te, f.last + 5); k++) {
        if (t.type[k] == WORD && WEAPONS.contains(t.lower[k])) {
          return t.lower[k];
        }
      }
      return "";
    }
    if (c.equals("money")) {
      for (int k = ts; k < te; k++) {
        if (t.type[k] == WORD && MONEY_TOPICS.contains(Lemmatizer.lemma(t.lower[k]))) {
          return Lemmatizer.lemma(t.lower[k]);
        }
      }
      return "";
    }
    if (!PERSONAL.contains(c)) {
      return EVENT_COUNTS.contains(c) && runningTotal(f, te) ? "total" : "";
    }
    // a distance belongs to a person only as a fall or a climb: "10 miles from the border" is no one's
    if (c.equals("distance") && !fallVerb(ts, te)) {
      return "";
    }
    // "seven bullets hit Mr. Reyes": the person hit follows the verb
    if (c.equals("hits")) {
      for (int k = f.last + 1; k < Math.min(te, f.last + 4); k++) {
        if (t.type[k] == WORD && PersonTallyRecognizer.HIT_VERBS.contains(t.lower[k])) {
          String after = nameAfter(k + 1, te);
          if (!after.isEmpty()) {
            return after;
          }
        }
      }
    }
    if (f.age) {
      // "Robert Buckley, 32,": the name right before; "a 10-year-old girl", "his 7-year-old daughter": not a name's
      if (f.first - 2 >= ts && t.isSym(f.first - 1, ',') && isNameWord(f.first - 2)) {
        return surname(f.first - 2);
      }
      if (f.last + 1 < te && t.type[f.last + 1] == WORD && !t.capital[f.last + 1]) {
        return "";
      }
    }
    // "32-year-old Englishman Robert Buckley", "mother of 13 Zurana Horton": the name follows
    boolean follows = f.age || c.equals("children") && t.isWord(f.qStart - 1, "of");
    if (follows) {
      String after = nameAfter(f.last + 1, te);
      if (!after.isEmpty()) {
        return after;
      }
    }
    String before = nameBefore(f.qStart - 1, ts);
    if (before.isEmpty() && !f.age && subjectWord(ts) && !isSpeaker(ts)) {
      // the subject that opens the sentence: "Okafor was hurt in the Bears' game ... and missed nine games"
      int e = ts;
      while (e + 1 < te && isNameWord(e + 1)) {
        e++;
      }
      return surname(e);
    }
    return before;
  }

  /**
   * A capitalized word opening the sentence that the article writes capitalized again elsewhere ("Okafor missed
   * nine games"): the sentence's subject, by name.
   */
  private boolean subjectWord(int k) {
    if (isNameWord(k)) {
      return true;
    }
    if (t.type[k] != WORD || !t.capital[k] || x.placeTokens.get(k) || x.scopes.isDemonym(k)
        || FigureLexicon.STOP.contains(t.lower[k]) || FigureLexicon.TIME_WORDS.contains(t.lower[k])
        || TITLES.contains(t.lower[k]) || t.lower[k].chars().anyMatch(Character::isDigit)
        || k + 1 < t.size && (t.type[k + 1] != WORD || t.capital[k + 1])) {
      return false;
    }
    int seen = 0;
    for (int j = 0; j < t.size; j++) {
      if (t.type[j] == WORD && t.capital[j] && t.lower[j].equals(t.lower[k])) {
        seen++;
      }
    }
    return seen >= 2;
  }

  /** Classes counting what an event did: a count over a span of days is their running total. */
  static final Set<String> EVENT_COUNTS = Set.of("deaths", "injuries", "missing", "arrests", "displaced",
      "buildings_damaged", "attendance");
  private static final Pattern RUNNING_TOTAL = Pattern.compile("\\b(?:(?:over|in|during|for) the (?:past|last|first)"
      + " (?:\\w+ )?(?:days?|weeks?|months?|years?)|in the \\w+ (?:days|weeks|months) (?:of|since)|since the \\w+"
      + "(?: \\w+)? (?:began|started)|so far this (?:year|month|week))\\b");

  /**
   * "At least 70 people have been hurt in the protests over the past eight days": a count over a span is the running
   * total of many incidents, not the count of one; it is compared only with other running totals.
   */
  private boolean runningTotal(Fig f, int te) {
    int from = t.start[f.first];
    // the figure's own stretch: up to the word after the next number ("in the 12 days" stays in; "43 killed and 55
    // wounded ..., pushing the toll above 680 since the conflict began" leaves the 680's span to the 680)
    int end = f.last + 1;
    while (end < te && t.type[end] != NUM) {
      end++;
    }
    end = Math.min(te, end + 2);
    int to = end > 0 ? t.end[end - 1] : from;
    return RUNNING_TOTAL.matcher(x.body.substring(from, to).toLowerCase(Locale.ROOT)).find();
  }

  private static final Set<String> FALL_VERBS = Set.of("fell", "fall", "falling", "falls", "fallen", "plunged",
      "plunging", "plummeted", "tumbled", "tumbling", "slipped", "slid", "climbed", "climbing", "jumped", "dropped",
      "swept");

  private boolean fallVerb(int ts, int te) {
    for (int k = ts; k < te; k++) {
      if (t.type[k] == WORD && FALL_VERBS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /** A name that says something ("Inspector Dave Gaskin said the man fell"): the speaker, not the subject. */
  private boolean isSpeaker(int k) {
    int e = k;
    while (e + 1 < t.size && isNameWord(e + 1)) {
      e++;
    }
    return e + 1 < t.size && t.type[e + 1] == WORD && (t.lower[e + 1].equals("said") || t.lower[e + 1].equals("says")
        || t.lower[e + 1].equals("told"));
  }

  /** "the Saints' game", "Denver's coach": a possessive names an owner of the next noun, not the subject. */
  private boolean possessive(int k) {
    return t.lower[k].endsWith("'s") || t.lower[k].endsWith("\u2019s") || k + 1 < t.size
        && (t.isSym(k + 1, '\'') || t.isSym(k + 1, '\u2019')) && t.glued(k + 1);
  }

  /** Surname of the nearest name ending within eight tokens before k (inclusive), else "". */
  private String nameBefore(int k, int ts) {
    String single = "";
    for (int j = k; j >= Math.max(ts, k - 25); j--) {
      if (isNameWord(j) && !possessive(j) && !isSpeaker(j)) {
        if (j - 1 >= ts && isNameWord(j - 1)) {
          return surname(j); // "Robert Buckley" over a nearer single capitalized word ("Christchurch")
        }
        if (single.isEmpty() && j >= k - 12) {
          single = surname(j);
        }
      }
    }
    return single;
  }

  private String nameAfter(int k, int te) {
    for (int j = k; j < Math.min(te, k + 4); j++) {
      if (isNameWord(j)) {
        int e = j;
        while (e + 1 < te && isNameWord(e + 1)) {
          e++;
        }
        return surname(e);
      }
    }
    return "";
  }

  private String surname(int j) {
    String s = t.lower[j].endsWith("'s") ? t.lower[j].substring(0, t.lower[j].length() - 2) : t.lower[j];
    // "Mahnefah Gray, 19" in an article about Kimani Gray: a relative of the story's person is named in full
    if (j - 1 >= 0 && t.type[j - 1] == WORD && t.capital[j - 1] && !TITLES.contains(t.lower[j - 1])) {
      Map<String, Integer> given = givenNames(s);
      int mine = given.getOrDefault(t.lower[j - 1], 0);
      for (int n : given.values()) {
        if (n > mine) {
          return t.lower[j - 1] + " " + s;
        }
      }
    }
    return s;
  }

  /** How often each capitalized word stands right before the surname s in the article. */
  private Map<String, Integer> givenNames(String s) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (int k = 1; k < t.size; k++) {
      if (t.type[k] == WORD && (t.lower[k].equals(s) || t.lower[k].equals(s + "'s")) && t.type[k - 1] == WORD
          && t.capital[k - 1] && !TITLES.contains(t.lower[k - 1])) {
        out.merge(t.lower[k - 1], 1, Integer::sum);
      }
    }
    return out;
  }

  /** A capitalized word that can be part of a person's name: not a place, a demonym, a day, a title or a stop word. */
  private boolean isNameWord(int k) {
    if (t.type[k] != WORD || !t.capital[k] || x.placeTokens.get(k) || x.scopes.isDemonym(k)
        || t.lower[k].chars().anyMatch(Character::isDigit)) {
      return false; // "IE6", "F16": a product, not a person
    }
    String w = t.lower[k];
    if (FigureLexicon.STOP.contains(w) || FigureLexicon.TIME_WORDS.contains(w) || TITLES.contains(w)
        || x.scopes.isSentenceStart(k) && !(k + 1 < t.size && t.type[k + 1] == WORD && t.capital[k + 1])
        && !names().contains(w)) {
      return false;
    }
    return !(k + 1 < t.size && t.type[k + 1] == WORD && t.capital[k + 1] && isDemonymWord(k));
  }

  private Set<String> names;

  /** Words of the article written capitalized inside a sentence: names, so they are names at a sentence's start too. */
  private Set<String> names() {
    if (names == null) {
      names = new HashSet<>();
      for (int k = 1; k < t.size; k++) {
        if (t.type[k] == WORD && t.capital[k] && !x.scopes.isSentenceStart(k) && !FigureLexicon.STOP.contains(t.lower[k])
            && !(t.type[k - 1] == FigureTokens.SYM && (t.lower[k - 1].equals(":") || t.lower[k - 1].equals("\u2014")))) {
          names.add(t.lower[k]);
        }
      }
    }
    return names;
  }

  private boolean isDemonymWord(int k) {
    return t.lower[k].endsWith("man") && t.lower[k].length() > 5; // "Englishman Robert Buckley"
  }
}
