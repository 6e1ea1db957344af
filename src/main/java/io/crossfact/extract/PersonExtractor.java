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
  private static final java.util.Set<String> SUBORDINATORS = Lexicon.words("that", "whether", "if", "because",
      "although", "though", "unless", "until", "whom", "than", "where", "why", "how", "what", "once", "lest", "who",
      "which");
  private static final java.util.Set<String> DETERMINERS = Lexicon.plus(Lexicon.POSSESSIVE_PRONOUNS, "the", "a",
      "an");
  private static final java.util.Set<String> KIN = Lexicon.words("wife", "husband", "son", "daughter", "brother",
      "sister", "mother", "father", "widow", "widower", "grandson", "granddaughter", "fiancee", "fiance", "partner");
  /** The longest appositive or relative clause read between a subject and its verb, in tokens. */
  private static final int MAX_INTERRUPTION = 24;
  private static final java.util.Set<String> BELIEF_VERBS = Lexicon.words("think", "thinks", "thought", "believe",
      "believes", "believed", "hope", "hopes", "hoped", "feel", "feels", "felt", "know", "knows", "knew", "expect",
      "expects", "expected", "fear", "fears", "feared", "doubt", "doubts", "doubted", "predict", "predicts");
  /** Plural nouns that follow a name as its modifier ("Sanders aides argue"), not a verb of it. */
  private static final java.util.Set<String> PEOPLE_AFTER_NAME = Lexicon.words("aides", "supporters", "allies",
      "voters", "backers", "officials", "staffers", "fans", "delegates", "donors", "advisers", "advisors",
      "loyalists", "critics", "opponents", "surrogates", "operatives", "strategists", "spokesmen",
      "volunteers", "lawyers", "attorneys", "associates", "followers", "defenders", "detractors", "rivals",
      "administrations", "campaigns", "forces", "troops", "officers", "agents", "employees", "executives");
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
    People people = new People(t::isCommonWord);
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
            NameCanonicalizer.bare(w)) && !closesGivenName(t, m) && !opensNameAfterTitle(t, m)) {
          break; // "John Leguizamo On How ...": headline capitals are not part of the name
        }
        if (headlineVerb(w)) {
          break; // "Obama Claims Hillary Most Qualified": a headline's verb ends the name before it
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
   * Pronouns and common words that are also given names or surnames written first (He, May, Will, June): only
   * these open a name after a title; a headline's "President On Trump" or "Judge Just Gave" stays no name.
   */
  private static final java.util.Set<String> WORDS_THAT_ARE_NAMES = Lexicon.words("he", "may", "will", "june",
      "april", "august", "an", "hope", "grace", "joy", "faith", "rose", "dawn", "ivy", "guy", "mark", "bill",
      "jack", "ray", "art", "don");

  /**
   * "Vice Premier He Jun", "Governor Will Ortega", "Minister May Chen": after a title, a pronoun or common word that
   * a capitalised word (no common word itself) follows on the same line is a given name, not the sentence going on.
   */
  static boolean opensNameAfterTitle(Tokens t, int m) {
    if (m < 1 || !WORDS_THAT_ARE_NAMES.contains(t.lower(m)) || NameCanonicalizer.titleRole(t.word(m - 1)) == null
        || m + 1 >= t.size()) {
      return false;
    }
    return t.isWord(m + 1) && t.isCapitalized(m + 1) && !t.breakBetween(t.end(m), t.start(m + 1))
        && !Lexicon.NOT_NAMES.contains(t.lower(m + 1)) && NameCanonicalizer.titleRole(t.word(m + 1)) == null
        && !Lexicon.isOrgWord(t.lower(m + 1));
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
    int given = givenNameAfterOrganization(words);
    if (given > 0) {
      // "Senate Majority Whip John Cornyn": the organisation's words are his office, the person starts at John
      nameStart += given;
      words = words.subList(given, words.size());
    }
    boolean kin = m - nameStart == 1 && kinAppositive(t, nameStart, m); // "her husband, Bill," is no "bill"
    if (!kin && (Lexicon.namesOrganization(words, strong) || allPlaces(words) || hasAcronym(words))) {
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
    int runStart = k;
    if (lowerTitle >= 0 && lowerTitle == k) {
      // "Former Pennsylvania governor Ed Rendell": the capitalised words before a lower-case title belong to it
      while (before >= 0 && t.isWord(before) && (t.isCapitalized(before) || t.lower(before).equals("former"))
          && !t.breakBetween(t.end(before), t.start(before + 1)) && !Cues.isCue(t.lower(before))) {
        before--;
        runStart = before + 1;
      }
    }
    // "Republican Rep. Lee Zeldin", "But Sen. Jane Holt": capitalised words before the name open the clause with it
    boolean opens = opensClause(t, before >= runStart && !PREPOSITIONS.contains(t.lower(runStart)) ? runStart - 1
        : before, runStart);
    boolean possessive = endsPossessive(t.word(m - 1));
    boolean verb = verbFollows(t, m) || verbAfterInterruption(t, m);
    boolean subject = !possessive && (opens || verb);
    // "reports that Trump planned", "whether Trump will be": the subject of a subordinate clause is not the focus
    boolean subordinate = subordinate(t, before);
    boolean focus = !possessive && (opens || verb && !subordinate || relativeCueFollows(t, m));
    if (kin) {
      // "his wife, Jane, called for", "Trump's wife, Melania, is": the given name is the clause's subject
      strong = true;
      focus |= !possessive && (verbFollows(t, m + 1) || m + 1 < t.size() && t.lower(m + 1).equals("who"));
      opens |= focus;
    }
    // "Cruz openly admitted", "Carson defied": a lone surname opening a sentence before a finite verb is a person
    strong |= nameWords.size() == 1 && opens && finiteVerbFollows(t, m)
        && !Lexicon.PLACES.contains(nameWords.get(0).toLowerCase(Locale.ROOT))
        && !Lexicon.OUTLETS.contains(nameWords.get(0).toLowerCase(Locale.ROOT));
    int[] apposition = quoted ? null : appositive(t, m);
    if (apposition != null && opens && apposition[1] < t.size() && t.is(apposition[1], '.')) {
      apposition = null; // "Outside, a long line of buses waited.": a sentence, not "Holt, the senator,"
    }
    strong |= apposition != null; // "Holt, the Oregon senator," says Holt is a person
    Person p = people.mention(nameWords, gender, mentionAt, strong, subject, focus, opens && !possessive, quoted);
    if (p == null || quoted) {
      return;
    }
    boolean cued = !possessive && (cueFollows(t, m) && !subordinate || (invertedCueBefore(t, before)
        || framingPhraseBefore(t, nameStart)) && endsAttribution(t, m));
    if (cued) {
      people.spoke(p, mentionAt); // "Law said.", "said Katie Harbath,": a speaker even without a quote
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

  /**
   * Where a person's name starts inside a capitalised run that opens with an organisation's words ("Senate Majority
   * Whip John Cornyn", "Judicial Watch President Tom Fitton"): the first known given name followed by a surname,
   * when the words before it name an organisation and the words from it do not; 0 when the run is no such case.
   */
  static int givenNameAfterOrganization(List<String> words) {
    if (words.size() < 3 || !Lexicon.namesOrganization(words)) {
      return 0;
    }
    for (int i = 1; i < words.size() - 1; i++) {
      if (Genders.isKnownFirstName(words.get(i)) && !Lexicon.isOrgWord(words.get(i).toLowerCase(Locale.ROOT))) {
        List<String> rest = words.subList(i, words.size());
        return Lexicon.namesOrganization(words.subList(0, i)) && !Lexicon.namesOrganization(rest) ? i : 0;
      }
    }
    return 0;
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

  /**
   * Whether the name is a clause's subject past an interruption: "Reid, who endorsed Clinton in February,
   * reiterated", "Sen. Dianne Feinstein (D-Calif.), the ranking Democrat, who said": a verb after at most two
   * appositives or relative clauses, or a relative clause opening with a cue.
   */
  private static boolean verbAfterInterruption(Tokens t, int m) {
    int j = m;
    if (j + 1 < t.size() && t.isWord(j) && t.lower(j).equals("of") && t.isCapitalized(j + 1)) {
      j += 2; // "Sen. Dianne Feinstein of California, the ranking Democrat, who said"
      while (j < t.size() && t.isWord(j) && t.isCapitalized(j)) {
        j++;
      }
    }
    for (int hop = 0; hop < 2; hop++) {
      boolean paren = j < t.size() && t.is(j, '(');
      if (j + 1 >= t.size() || !paren && !t.is(j, ',') || t.breakBetween(t.end(j), t.start(j + 1))
          || !t.isWord(j + 1)) {
        return false;
      }
      int a = j + 1;
      String first = t.lower(a);
      if (first.equals("who") && a + 1 < t.size() && t.isWord(a + 1) && Cues.isCue(t.lower(a + 1))) {
        return true;
      }
      boolean opensInterruption = paren || first.equals("who") || first.equals("a") || first.equals("an")
          || first.equals("the") || first.equals("former") || first.equals("one") || t.isCapitalized(a) && possessiveWithin(t, a, 4);
      if (!opensInterruption) {
        return false;
      }
      int e = a;
      while (e < t.size() && e - a < MAX_INTERRUPTION && !(paren ? t.is(e, ')') : t.is(e, ','))) {
        if (t.breakBetween(t.end(e - 1), t.start(e)) || t.is(e, '.') || t.is(e, ';') || t.is(e, '\u201C')
            || t.is(e, '"')) {
          return false;
        }
        e++;
      }
      if (e >= t.size() || e - a >= MAX_INTERRUPTION) {
        return false;
      }
      if (paren && e + 1 < t.size() && t.is(e + 1, ',')) {
        j = e + 1; // "Cornyn (R-Tex.), the whip,": a party tag then an appositive
        continue;
      }
      if (verbFollows(t, e + 1)) {
        return true;
      }
      j = paren ? e + 1 : e; // the comma that closes one interruption may open the next
    }
    return false;
  }

  /** A capitalised present-tense cue in a title-case headline ("Claims", "Says", "Slams"), never part of a name. */
  private static boolean headlineVerb(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.length() > 3 && l.endsWith("s") && !l.endsWith("ss") && Cues.isCue(l) && !Genders.isKnownFirstName(w);
  }

  /** A person noun or an office ("governor", "senator", "spokesman") that can head an appositive. */
  private static boolean isOfficeWord(String w) {
    return Lexicon.PERSON_NOUNS.contains(w) || NameCanonicalizer.titleRole(w) != null;
  }

  /** A lone known given name set off by commas after a kinship noun: "his wife, Jane,", "his son, Eric,". */
  private static boolean kinAppositive(Tokens t, int k, int m) {
    return k >= 2 && m < t.size() && t.is(m, ',') && t.is(k - 1, ',') && t.isWord(k - 2)
        && KIN.contains(t.lower(k - 2)) && Genders.isKnownFirstName(t.word(k));
  }

  /** "Johnson said", "Johnson (D-Ga.) said", "Law flatly said": a strong cue right after the name. */
  private static boolean cueFollows(Tokens t, int m) {
    int j = m;
    if (j + 2 < t.size() && t.is(j, '(') && PARTY_TAG.matcher(t.word(j + 1)).matches() && t.is(j + 2, ')')) {
      j += 3;
    }
    if (j >= t.size() || !t.isWord(j) || t.isCapitalized(j) || t.breakBetween(t.end(j - 1), t.start(j))) {
      return false;
    }
    while (j + 1 < t.size() && t.isWord(j + 1) && t.lower(j).endsWith("ly") && j - m < 3) {
      j++;
    }
    return Cues.isStrong(t.lower(j)) && !t.lower(j).endsWith("ing"); // "John Kasich claiming the nomination"
  }

  /**
   * "According to Brigid Harrison,", "To Montclair State professor Brigid Harrison, Christie's stare seemed...": the
   * name closes a phrase that frames what follows as that person's view.
   */
  private static boolean framingPhraseBefore(Tokens t, int nameStart) {
    int i = nameStart - 1;
    for (int n = 0; i >= 0 && n < 10 && t.isWord(i); i--, n++) {
      if (t.lower(i).equals("to") && (i >= 1 && t.lower(i - 1).equals("according") || opensClause(t, i - 1, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name ends its clause (a comma, period or semicolon follows): "said Harbath." but not "said Trump won". */
  private static boolean endsAttribution(Tokens t, int m) {
    return m >= t.size() || t.is(m, ',') || t.is(m, '.') || t.is(m, ';') || t.is(m, '(');
  }

  /** ", said Katie Harbath," / ". says Bruin.": a name right after a cue that follows a comma or a quote. */
  private static boolean invertedCueBefore(Tokens t, int before) {
    if (before < 1 || !t.isWord(before) || !Cues.isStrong(t.lower(before))) {
      return false;
    }
    char c = t.first(before - 1);
    return !t.isWord(before - 1) && (c == ',' || c == '\u201D' || c == '"');
  }

  /** "by Sen. Dianne Feinstein, the ranking Democrat, who said": a relative clause with a cue after the name. */
  private static boolean relativeCueFollows(Tokens t, int m) {
    for (int j = m; j < Math.min(t.size() - 2, m + MAX_INTERRUPTION); j++) {
      if (t.is(j, '.') || t.is(j, ';') || t.breakBetween(t.end(j), t.start(j + 1))) {
        return false;
      }
      if (t.is(j, ',') && t.isWord(j + 1) && t.lower(j + 1).equals("who") && t.isWord(j + 2)
          && Cues.isCue(t.lower(j + 2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token before a name opens a subordinate clause ("that", "whether", "because", ...). */
  private static boolean subordinate(Tokens t, int before) {
    int b = before;
    // "that the paper's Robert Costa had reported": a determiner and a possessor between the subordinator and name
    while (b >= 1 && before - b < 3 && t.isWord(b) && (endsPossessive(t.word(b)) || DETERMINERS.contains(t.lower(b)))
        && !t.breakBetween(t.end(b - 1), t.start(b))) {
      b--;
    }
    if (b < 0 || !t.isWord(b)) {
      return false;
    }
    String w = t.lower(b);
    // "Ryan said Obama has never...", "she doesn't think Clinton can": a cue's complement clause; "the reaction to
    // Trump has been": the object of a preposition
    return SUBORDINATORS.contains(w) || Cues.isCue(w) || BELIEF_VERBS.contains(w) || PREPOSITIONS.contains(w);
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

  /** Whether a lower-cased word is an auxiliary verb (has, was, would, ...). */
  static boolean isAuxiliary(String w) {
    return AUXILIARIES.contains(w) || w.equals("is") || w.equals("are") || w.equals("were") || w.equals("have");
  }

  /**
   * A word that reads as a finite verb: a cue, an auxiliary, a common irregular past, or -ed / -s, but not a plural
   * that follows a name as its modifier ("Sanders aides").
   */
  static boolean looksFinite(String w) {
    if (PEOPLE_AFTER_NAME.contains(w)) {
      return false;
    }
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
        if (e > a && looksFinite(w) && !t.isCapitalized(e) && isOfficeWord(t.lower(e - 1))) {
          return null; // "Against Clinton, the Ohio governor earned 51 percent": a clause, not an appositive
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
