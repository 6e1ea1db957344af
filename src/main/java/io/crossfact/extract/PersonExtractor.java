package io.crossfact.extract;

import io.crossfact.config.CrossfactConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the people an article names and the roles it gives them: titles before a name ({@code Sen. Jane Holt},
 * {@code Deputy Minister of Health Jane Roe}, {@code spokeswoman Haley Morris}), appositives ({@code Jane Roe, a
 * senior fellow at the Atlantic Council,}) and party-state tags ({@code (R-OH)}). Without a named-entity model a
 * capitalised phrase is a person only on evidence: a title, an honorific or a known given name; other capitalised
 * pairs are kept as weak candidates that resolve surnames but never stand behind a pronoun.
 */
public final class PersonExtractor {
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z.]{1,14}");
  private static final int MAX_APPOSITIVE = 16;
  private static final java.util.Set<String> AUXILIARIES = Lexicon.words("has", "had", "was", "is", "will",
      "would", "could", "should", "can", "may", "might", "must", "does", "did");
  private static final java.util.Set<String> PREPOSITIONS = Lexicon.words("like", "unlike", "in", "on", "at",
      "after", "before", "for", "with", "from", "by", "as", "to", "under", "despite", "during", "since", "when",
      "while", "if", "of", "about", "among", "against", "without", "than", "according", "asked", "told");
  private static final java.util.Set<String> IRREGULAR_PAST = Lexicon.words("went", "made", "took", "gave", "got",
      "came", "thought", "knew", "saw", "ran", "won", "lost", "met", "left", "led", "sent", "kept", "held",
      "brought", "began", "felt", "became", "stood", "spent", "built", "chose", "drew", "fell", "found", "heard",
      "hit", "let", "meant", "paid", "quit", "read", "rose", "sat", "set", "shot", "sought", "struck", "swore",
      "taught", "threw", "understood", "woke", "wore");

  private final NameCanonicalizer names;

  public PersonExtractor(CrossfactConfig config) {
    this(new NameCanonicalizer(config.lexicons()));
  }

  PersonExtractor(NameCanonicalizer names) {
    this.names = names;
  }

  /** The people of a text, mentions in text order (no quote context: every mention counts as unquoted). */
  public People people(String text) {
    return read(new Tokens(text), List.of(), new ArrayList<>());
  }

  People read(Tokens t, List<QuoteSpan> quotes, List<RoleMention> roles) {
    People people = new People();
    int n = t.size();
    int q = 0;
    int k = 0;
    while (k < n) {
      if (!t.isWord(k) || !(t.isCapitalized(k) || isLowerTitleBeforeName(t, k))) {
        k++;
        continue;
      }
      int m = runEnd(t, k);
      while (q < quotes.size() && quotes.get(q).after() <= t.start(k)) {
        q++;
      }
      boolean quoted = q < quotes.size() && quotes.get(q).contains(t.start(k));
      parseRun(t, k, m, people, quoted, roles);
      k = Math.max(m, k + 1);
    }
    return people;
  }

  private static boolean isLowerTitleBeforeName(Tokens t, int k) {
    return k + 1 < t.size() && t.isCapitalized(k + 1) && t.isWord(k + 1)
        && NameCanonicalizer.TITLES.containsKey(t.lower(k)) && !t.breakBetween(t.end(k), t.start(k + 1));
  }

  /** End (exclusive) of the run of name-like tokens from k: capitals, particles, initials, a title's "of X". */
  private static int runEnd(Tokens t, int k) {
    int m = k + 1;
    boolean titlesOnly = NameCanonicalizer.titleRole(t.word(k)) != null;
    while (m < t.size() && t.isWord(m) && !t.breakBetween(t.end(m - 1), t.start(m))) {
      String w = t.word(m);
      String prev = t.word(m - 1);
      if (endsPossessive(prev) || prev.endsWith(".") && prev.length() > 2 && NameCanonicalizer.titleRole(prev) == null
          && !NameCanonicalizer.HONORIFICS.containsKey(NameCanonicalizer.bare(prev))) {
        break; // "U.S. He said": an acronym's period may end the sentence
      }
      if (Character.isUpperCase(w.charAt(0))) {
        if (Lexicon.NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) && !NameCanonicalizer.HONORIFICS.containsKey(
            NameCanonicalizer.bare(w)) && !closesGivenName(t, m)) {
          break; // "John Leguizamo On How ...": headline capitals are not part of the name
        }
        titlesOnly &= NameCanonicalizer.titleRole(w) != null;
        m++;
      } else if ((NameCanonicalizer.PARTICLES.contains(w) || titlesOnly && (w.equals("of") || w.equals("for")))
          && m + 1 < t.size() && t.isWord(m + 1) && t.isCapitalized(m + 1)) {
        m++;
      } else if (titlesOnly && w.equals("the") && m > k && t.lower(m - 1).equals("of")) {
        m++;
      } else {
        break;
      }
    }
    return m;
  }

  /**
   * A common word that is a surname right after a given name ({@code George Will}, {@code Al From}, {@code Ian
   * Read}): it ends the name, so the next word is no capitalised one, as it would be in a headline.
   */
  private static boolean closesGivenName(Tokens t, int m) {
    if (!Lexicon.COMMON_WORD_SURNAMES.contains(t.lower(m)) || !Genders.isKnownFirstName(t.word(m - 1))) {
      return false;
    }
    return m + 1 >= t.size() || !t.isWord(m + 1) || !t.isCapitalized(m + 1);
  }

  private void parseRun(Tokens t, int k, int m, People people, boolean quoted, List<RoleMention> roles) {
    if (k >= 2 && t.isWord(k - 1) && (t.lower(k - 1).equals("of") || t.lower(k - 1).equals("for"))
        && t.isWord(k - 2) && t.isCapitalized(k - 2) && Lexicon.isOrgWord(t.lower(k - 2))
        && !Genders.isKnownFirstName(t.word(k))) {
      return; // "Council of Economic Advisers", "Department of Natural Resources": the rest of an organisation
    }
    int s = k;
    Gender gender = Gender.UNKNOWN;
    boolean strong = false;
    while (s < m && Lexicon.NOT_NAMES.contains(t.lower(s)) && !isHonorific(t, s)) {
      s++;
    }
    int nameStart = s;
    int titleStart = -1;
    int titleEnd = -1;
    for (int i = s; i < m; i++) {
      if (isHonorific(t, i)) {
        gender = NameCanonicalizer.HONORIFICS.get(NameCanonicalizer.bare(t.word(i)));
        strong = true;
        nameStart = i + 1;
        titleStart = titleStart < 0 ? -1 : titleStart;
      } else if (NameCanonicalizer.titleRole(t.word(i)) != null && i + 1 < m && !isSuffix(t.word(i + 1))) {
        titleStart = titleStart < 0 ? i : titleStart;
        titleEnd = i + 1;
        nameStart = i + 1;
        strong = true;
      } else if (titleEnd > 0 && i == nameStart && (t.lower(i).equals("of") || t.lower(i).equals("for"))) {
        int nameAt = ofComplementEnd(t, i + 1, m);
        if (nameAt >= m) {
          return; // "Secretary of State" with no name after it
        }
        titleEnd = nameAt;
        nameStart = nameAt;
        i = nameAt - 1;
      }
    }
    int modifierStart = titleStart;
    if (titleStart > s) {
      modifierStart = s; // "Maryland Gov.", "White House Press Secretary"
    }
    // a lower-case title right before the run: "spokeswoman Haley Morris", "presidential candidate Martin O'Malley"
    int lowerTitle = -1;
    if (titleStart < 0 && t.isWord(s) && !t.isCapitalized(s) && NameCanonicalizer.titleRole(t.word(s)) != null) {
      lowerTitle = s;
      nameStart = s + 1;
      strong = true;
    }
    if (nameStart >= m) {
      return;
    }
    List<String> words = new ArrayList<>(m - nameStart);
    for (int i = nameStart; i < m; i++) {
      words.add(t.word(i));
    }
    if (Lexicon.namesOrganization(words, strong) || allPlaces(words) || hasAcronym(words)) {
      return;
    }
    List<String> nameWords = NameCanonicalizer.nameWords(String.join(" ", words));
    if (nameWords.isEmpty() || !Character.isUpperCase(nameWords.get(0).charAt(0))) {
      return;
    }
    nameWords = alias(trimToGivenName(nameWords));
    if (gender == Gender.UNKNOWN && nameWords.size() > 1) {
      gender = Genders.of(nameWords.get(0));
    }
    strong |= nameWords.size() > 1 && Genders.isKnownFirstName(nameWords.get(0));
    int mentionAt = t.start(nameStart);
    int before = (lowerTitle >= 0 ? lowerTitle : modifierStart >= 0 ? modifierStart : nameStart) - 1;
    // "Republican Rep. Lee Zeldin", "But Sen. Jane Holt": capitalised words before the name open the clause with it
    boolean opens = opensClause(t, before >= k && !PREPOSITIONS.contains(t.lower(k)) ? k - 1 : before, k);
    boolean subject = !endsPossessive(t.word(m - 1)) && (opens || verbFollows(t, m));
    // "Cruz openly admitted", "Carson defied": a lone surname opening a sentence before a finite verb is a person
    strong |= nameWords.size() == 1 && opens && finiteVerbFollows(t, m)
        && !Lexicon.PLACES.contains(nameWords.get(0).toLowerCase(Locale.ROOT))
        && !Lexicon.OUTLETS.contains(nameWords.get(0).toLowerCase(Locale.ROOT));
    int[] apposition = quoted ? null : appositive(t, m);
    if (apposition != null && opens && apposition[1] < t.size() && t.is(apposition[1], '.')) {
      apposition = null; // "Outside, a long line of buses waited.": a sentence, not "Holt, the senator,"
    }
    strong |= apposition != null; // "Holt, the Oregon senator," says Holt is a person
    Person p = people.mention(nameWords, gender, mentionAt, strong, subject, quoted);
    if (p == null || quoted) {
      return;
    }
    if (titleStart >= 0 && nameWords.size() == 1 && !titleFits(p, t, titleStart, titleEnd)) {
      // "President Bush" after "former Florida governor Jeb Bush": a bare surname under an office the person was
      // not given is as likely another holder of that surname, so it states no role of this person
    } else if (titleStart >= 0) {
      addRole(roles, p, t, qualifierStart(t, modifierStart), titleEnd, true);
    } else if (lowerTitle >= 0) {
      addRole(roles, p, t, lowerRoleStart(t, lowerTitle), lowerTitle + 1, true);
    }
    if (apposition != null) {
      addRole(roles, p, t, apposition[0], apposition[1], false);
    }
  }

  /** Whether a person has no stated role yet, or one that names the office of the title in {@code [from, to)}. */
  private static boolean titleFits(Person p, Tokens t, int from, int to) {
    if (p.roles().isEmpty()) {
      return true;
    }
    for (int i = from; i < to; i++) {
      String office = NameCanonicalizer.titleRole(t.word(i));
      if (office == null) {
        continue;
      }
      for (String r : p.roles()) {
        String role = r.toLowerCase(Locale.ROOT);
        if (role.contains(office) || role.contains(t.word(i).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static boolean isHonorific(Tokens t, int i) {
    return NameCanonicalizer.HONORIFICS.containsKey(NameCanonicalizer.bare(t.word(i)))
        && Character.isUpperCase(t.first(i)) && i + 1 < t.size() && t.isCapitalized(i + 1);
  }

  private static boolean isSuffix(String w) {
    String b = NameCanonicalizer.bare(w);
    return b.equals("jr") || b.equals("sr") || b.equals("ii") || b.equals("iii") || b.equals("iv");
  }

  /** Where the name starts after a title's "of" complement ("of State John Kerry", "of Health Jane Roe"). */
  private static int ofComplementEnd(Tokens t, int from, int m) {
    int i = from;
    if (i < m && t.lower(i).equals("the")) {
      i++;
    }
    for (int j = i + 1; j < m; j++) {
      if (Genders.isKnownFirstName(t.word(j))) {
        return j;
      }
    }
    return m - i >= 3 ? m - 2 : m;
  }

  /** "Bush Hits Marco Rubio" -> "Marco Rubio": a headline's capitals run into a name that starts later. */
  static List<String> trimToGivenName(List<String> words) {
    if (words.size() < 3 || Genders.isKnownFirstName(words.get(0))) {
      return words;
    }
    for (int i = 1; i < words.size() - 1; i++) {
      if (Genders.isKnownFirstName(words.get(i))) {
        return words.subList(i, words.size());
      }
    }
    return words;
  }

  /** "XM Satellite", "CNN Politics": an all-capitals word (not an initial) marks a brand, not a person. */
  private static boolean hasAcronym(List<String> words) {
    for (String w : words) {
      if (w.length() > 1 && w.indexOf('.') < 0 && w.equals(w.toUpperCase(Locale.ROOT))
          && Character.isLetter(w.charAt(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allPlaces(List<String> words) {
    for (String w : words) {
      if (!Lexicon.PLACES.contains(stripPossessive(w).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private List<String> alias(List<String> nameWords) {
    return names.aliased(nameWords);
  }

  private static boolean opensClause(Tokens t, int before, int runStart) {
    if (before < 0) {
      return true;
    }
    if (t.breakBetween(t.end(before), t.start(before + 1))) {
      return true;
    }
    if (before < runStart - 1) {
      return true; // only sentence-opening words ("But", "When") stood before the name
    }
    if (before > 0 && t.isWord(before) && t.lower(before).equals("but")
        && t.is(before - 1, ',')) {
      return true; // "..., but Christie wasn't having it"
    }
    char c = t.first(before);
    return t.end(before) - t.start(before) == 1 && (c == '.' || c == '!' || c == '?' || c == ';' || c == ':'
        || c == '\u201D' || c == '"' || c == '\u2014');
  }

  private static boolean finiteVerbFollows(Tokens t, int m) {
    int j = m;
    while (j < t.size() && t.isWord(j) && !t.isCapitalized(j) && (t.lower(j).endsWith("ly")
        || Cues.BETWEEN.contains(t.lower(j))) && j - m < 3) {
      j++;
    }
    if (j >= t.size() || !t.isWord(j) || t.isCapitalized(j) || t.breakBetween(t.end(m - 1), t.start(m))) {
      return false;
    }
    String w = t.lower(j);
    return Cues.isCue(w) || j > m || w.endsWith("ed") && !Lexicon.NOT_NAMES.contains(w);
  }

  /** "Benford plans to", "Trump went after": a lower-case word that is no article or preposition follows. */
  private static boolean verbFollows(Tokens t, int m) {
    if (m >= t.size() || !t.isWord(m) || t.isCapitalized(m) || t.breakBetween(t.end(m - 1), t.start(m))) {
      return false;
    }
    int j = m;
    while (j + 1 < t.size() && t.isWord(j + 1) && t.lower(j).endsWith("ly") && j - m < 2) {
      j++; // "Cruz openly admitted"
    }
    return looksFinite(t.lower(j));
  }

  /** A word that reads as a finite verb: a cue, an auxiliary, a common irregular past, or -ed / -s. */
  /** Whether a lower-cased word is an auxiliary verb (has, was, would, ...). */
  static boolean isAuxiliary(String w) {
    return AUXILIARIES.contains(w) || w.equals("is") || w.equals("are") || w.equals("were") || w.equals("have");
  }

  static boolean looksFinite(String w) {
    return Cues.isCue(w) || AUXILIARIES.contains(w) || IRREGULAR_PAST.contains(w)
        || (w.endsWith("ed") || w.endsWith("es") || w.endsWith("s") && !w.endsWith("ss")) && w.length() > 3
        && !Lexicon.NOT_NAMES.contains(w);
  }

  private static int qualifierStart(Tokens t, int from) {
    int i = from;
    if (i > 0 && isTimeQualifier(t.lower(i - 1))) {
      i--;
    }
    return i;
  }

  private static int lowerRoleStart(Tokens t, int title) {
    int i = title;
    while (i > 0 && title - i < 3 && t.isWord(i - 1) && !Lexicon.NOT_NAMES.contains(t.lower(i - 1))
        && !Cues.isCue(t.word(i - 1)) && !t.breakBetween(t.end(i - 1), t.start(i))) {
      i--;
    }
    return qualifierStart(t, i);
  }

  private static boolean isTimeQualifier(String w) {
    return w.equals("former") || w.equals("then") || w.equals("ex") || w.startsWith("then-") || w.startsWith("ex-");
  }

  /** "Jane Roe, a senior fellow at X," / "Holt, the Oregon senator," / "Weaver, Sanders' campaign manager," / "(R-OH)". */
  private static int[] appositive(Tokens t, int m) {
    if (m + 2 < t.size() && t.is(m, '(') && t.is(m + 2, ')') && PARTY_TAG.matcher(t.word(m + 1)).matches()) {
      return new int[] {m + 1, m + 2};
    }
    if (m + 1 >= t.size() || !t.is(m, ',') || t.breakBetween(t.end(m), t.start(m + 1))) {
      return null;
    }
    int a = m + 1;
    String first = t.lower(a);
    boolean determiner = first.equals("a") || first.equals("an") || first.equals("the");
    boolean possessor = t.isCapitalized(a) && possessiveWithin(t, a, 4);
    boolean qualified = isTimeQualifier(first);
    if (!determiner && !possessor && !qualified) {
      return null;
    }
    int e = a;
    boolean lowerNoun = false;
    while (e < t.size() && e - a < MAX_APPOSITIVE) {
      if (t.breakBetween(t.end(e - 1), t.start(e))) {
        return null;
      }
      if (!t.isWord(e)) {
        char c = t.first(e);
        if (c == ',' || c == '.' || c == ';' || c == ')' || c == '\u2014' || c == ':') {
          break;
        }
        if (c != '-' && c != '&' && c != '\u2019' && c != '\'') {
          return null;
        }
      } else {
        String w = t.lower(e);
        if (Cues.isCue(w) && e > a + 1 || w.equals("who") || w.equals("which") || w.equals("that")) {
          return null;
        }
        lowerNoun |= !t.isCapitalized(e) && !Lexicon.NOT_NAMES.contains(w) || w.equals("democrat")
            || w.equals("republican") || w.equals("independent");
      }
      e++;
    }
    if (e >= t.size() || e - a >= MAX_APPOSITIVE || e == a + (determiner ? 1 : 0) || !lowerNoun) {
      return null;
    }
    return new int[] {determiner ? a + 1 : a, e};
  }

  private static boolean possessiveWithin(Tokens t, int from, int max) {
    for (int i = from; i < t.size() && i < from + max && t.isWord(i); i++) {
      if (endsPossessive(t.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static void addRole(List<RoleMention> roles, Person p, Tokens t, int from, int to, boolean expand) {
    StringBuilder b = new StringBuilder();
    String qualifier = "";
    int titles = 0;
    for (int i = from; i < to; i++) {
      titles += NameCanonicalizer.titleRole(t.word(i)) != null ? 1 : 0;
    }
    for (int i = from; i < to; i++) {
      String w = t.word(i);
      if (isTimeQualifier(w.toLowerCase(Locale.ROOT))) {
        qualifier = "former";
      }
      String role = NameCanonicalizer.titleRole(w);
      if (expand && role != null && (w.endsWith(".") || to - from == 1)) {
        w = role; // "Sen." -> "senator"; a lone capitalised title is stated in lower case too
      }
      if (b.length() > 0 && t.isWord(i) && !(i > 0 && !t.isWord(i - 1) && t.first(i - 1) == '-')) {
        b.append(' ');
      }
      b.append(w);
    }
    String value = b.toString().strip();
    if (value.isEmpty()) {
      return;
    }
    String key = value.toLowerCase(Locale.ROOT);
    for (String r : p.roles()) {
      if (r.toLowerCase(Locale.ROOT).equals(key)) {
        return;
      }
    }
    p.addRole(value);
    roles.add(new RoleMention(p, value, qualifier, t.start(from), t.end(to - 1)));
  }

  static boolean endsPossessive(String w) {
    return w.endsWith("\u2019s") || w.endsWith("'s") || w.endsWith("s\u2019") || w.endsWith("s'");
  }

  static String stripPossessive(String w) {
    if (w.endsWith("\u2019s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }
}
