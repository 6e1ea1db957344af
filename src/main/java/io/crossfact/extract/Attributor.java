package io.crossfact.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the speaker of each quote from the words around it, in the order a reader checks them: an attribution
 * right after the closing mark ({@code ," she said} / {@code ," said Okoro}), a cue before the opening mark in the
 * same sentence ({@code Holt said: "}, {@code Morris says the candidate has "}), {@code according to X}, the speaker
 * of the previous part of a split or continued quote, a colon-ended lead-in paragraph, and last the subject of a
 * paraphrase that embeds a partial quote ({@code Clinton slammed the proposal as "..."}), then the named subject of
 * the clause nearest the quote past an introductory phrase or an insert ({@code Speaking on Monday, Bush referred to
 * Rubio as "..."}). A quote opening a sentence right after one that names its speaker ({@code Roe agreed. "..."})
 * takes that sentence's speaker before the previous paragraph's subject.
 */
final class Attributor {
  private static final int MAX_TRAIL = 30;
  private static final int MAX_LEAD = 90;
  private static final int MAX_APPOSITION = 26;
  private static final int MAX_DESCRIPTION = 6;
  private static final int PRONOUN_WINDOW = 5000;
  private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-[A-Z][A-Za-z.]{0,14}");

  private static final java.util.Set<String> CLAUSE_STOPS = Lexicon.words("that", "and", "but", "when", "as",
      "if", "while", "because", "after", "before", "since", "so", "or", "which", "who", "where", "though",
      "although", "said", "says", "to", "in", "on", "at", "for", "with", "by", "from", "of", "about", "than",
      "into", "over", "like", "whom", "whose", "what", "how", "why", "then", "also", "not", "is", "was", "are",
      "were", "be", "been");
  /** Words that open a clause before its subject ("while Huckabee proposed", "When Trump referred"). */
  private static final java.util.Set<String> CLAUSE_OPENERS = Lexicon.words("while", "when", "as", "after",
      "though", "although", "whereas", "before", "because", "since", "if");
  /** Prepositions that open a short phrase between a subject and its verb ("Sanders during a rally thanked"). */
  private static final java.util.Set<String> PREPOSITIONS = Lexicon.words("during", "on", "in", "at", "after",
      "before", "earlier", "last", "this", "of", "from", "with", "for");
  /** Prepositions whose object (a place, an event) is no speaker: "a meeting in Columbus, Ohio, said". */
  private static final java.util.Set<String> PLACE_PREPOSITIONS = Lexicon.words("in", "at", "from", "near",
      "outside", "inside", "during", "across", "throughout");
  /** Words before a cue's form that make it a noun ("the remarks", "his claims", "its report"). */
  private static final java.util.Set<String> POSSESSIVE_DETERMINERS = Lexicon.plus(Lexicon.POSSESSIVE_PRONOUNS,
      "the", "these", "those");
  /** Time words that may follow a cue before its complement ("said last week", "said earlier Tuesday"). */
  private static final java.util.Set<String> TIME_MODIFIERS = Lexicon.words("last", "next", "this", "week",
      "night", "morning", "afternoon", "evening", "earlier", "later", "month", "year", "recently", "again", "then");
  /** Words that, right after a cue, open the reported clause ("said she", "said that"): content, not attribution. */
  private static final java.util.Set<String> REPORTED_CLAUSE_OPENERS = Lexicon.words("that", "he", "she", "they",
      "we", "i", "it", "there", "you", "his", "her", "their", "its", "this", "these", "those");
  /** "said the plan ...": a determiner right after a say-cue opens its complement (not so after "told"). */
  private static final java.util.Set<String> DETERMINERS_OPENING_CLAUSE = Lexicon.words("the", "a", "an");
  /** Cues whose object is the hearer ("told reporters", "told a crowd"). */
  private static final java.util.Set<String> TELL_CUES = Lexicon.words("told", "tells", "tell", "telling", "assured",
      "asked", "warned", "reminded", "urged");
  /** Day words that may stand between a speaker and the cue ("Priebus later Thursday told"). */
  private static final java.util.Set<String> WEEKDAYS = Lexicon.words("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "tonight");
  /** Words that make a label an organisation that speaks ("Ministry of Health:"), unlike "Report:" or "Road Ahead:". */
  private static final java.util.Set<String> SPEAKING_ORG_WORDS = Lexicon.words("department", "ministry",
      "university", "college", "institute", "party", "committee", "council", "commission", "association", "inc",
      "inc.", "corp", "corp.", "company", "group", "foundation", "center", "centre", "agency", "office",
      "administration", "bureau", "bank", "hospital", "church", "network", "coalition", "society", "police",
      "government", "court", "union", "organization", "organisation", "federation", "alliance", "board");
  private static final java.util.Set<String> JOINERS = Lexicon.words("of", "for", "and", "on", "&");
  private static final java.util.Set<String> CONJUNCTIONS = Lexicon.words("but", "and", "so", "yet", "still",
      "also", "then", "now", "instead", "meanwhile", "later", "earlier", "indeed", "however");
  private static final java.util.Set<String> DETERMINERS = Lexicon.words("the", "a", "an", "one", "another",
      "his", "her", "their", "its", "some", "two", "three", "several", "many", "other", "both", "our", "this",
      "that", "these", "those");
  private static final java.util.Set<String> PERSON_PLURALS = Lexicon.words("spokespersons", "spokespeople",
      "spokesman", "spokeswoman", "spokesperson", "officials", "official", "sources", "source", "aides",
      "representatives", "officers", "staff", "staffers", "lawyers", "attorneys", "executives", "leaders");

  private final Tokens t;
  private final People people;
  private final List<QuoteSpan> quotes;
  private final NameCanonicalizer names;

  Attributor(Tokens t, People people, List<QuoteSpan> quotes, NameCanonicalizer names) {
    this.names = names;
    this.t = t;
    this.people = people;
    this.quotes = quotes;
  }

  /** The speaker of quote {@code qi}, given the speaker of the quote before it (null if none). */
  Speaker attribute(int qi, Speaker previous) {
    QuoteSpan q = quotes.get(qi);
    int openTok = t.indexAt(q.open);
    int leadFrom = leadStart(qi, openTok);
    Speaker s = q.closed() ? trailing(qi) : null;
    if (s == null) {
      s = leading(leadFrom, openTok);
    }
    if (s == null) {
      s = colonName(leadFrom, openTok);
    }
    if (s == null && q.closed()) {
      s = accordingTo(t.indexAt(q.after()), trailEnd(qi));
    }
    if (s == null && q.closed()) {
      s = dashLine(q);
    }
    if (s == null && q.closed()) {
      s = sentenceEndAttribution(qi);
    }
    if (s == null && leadFrom == openTok && !startsLine(q.open)) {
      s = leadInSentence(qi, openTok);
    }
    if (s == null && previous != null && !previous.subject.isEmpty() && continues(qi)) {
      s = previous.inherited(q.open);
    }
    if (s == null && leadFrom == openTok && colonBefore(q.open)) {
      int nl = t.text.lastIndexOf('\n', q.open - 1);
      int prevTok = t.indexAt(nl) - 1;
      if (prevTok > 0) {
        int from = sentenceStart(prevTok);
        s = leading(from, prevTok + 1);
        s = s != null ? s : sentenceSubject(from, prevTok + 1);
      }
    }
    if (s == null && leadFrom == openTok) {
      s = previousParagraphSubject(q.open);
    }
    if (s == null) {
      s = sentenceSubject(leadFrom, openTok);
    }
    if (s == null) {
      s = namedClauseSubject(leadFrom, openTok);
    }
    return s;
  }

  // ---- where the words around a quote start and stop ----

  private int leadStart(int qi, int openTok) {
    int floor = qi > 0 ? t.indexAt(quotes.get(qi - 1).after()) : 0;
    int k = openTok - 1;
    int min = Math.max(floor, openTok - MAX_LEAD);
    while (k >= min) {
      if (t.breakBetween(t.end(k), t.start(k + 1))) {
        return k + 1;
      }
      if (isSentenceEnd(k)) {
        return k + 1;
      }
      k--;
    }
    return Math.max(min, 0);
  }

  /** Start of the sentence holding token tok, looking through earlier quotes of the same sentence. */
  private int sentenceStartAcrossQuotes(int tok) {
    int k = tok - 1;
    while (k >= 0 && tok - k < 2 * MAX_LEAD && !t.breakBetween(t.end(k), t.start(k + 1))) {
      if (isSentenceEnd(k) && !(k + 1 < t.size() && isCloseMark(k + 1))) {
        break;
      }
      k--;
    }
    return k + 1;
  }

  private boolean isCloseMark(int k) {
    return t.is(k, '\u201D') || t.is(k, '"');
  }

  private int sentenceStart(int tok) {
    int k = tok - 1;
    while (k >= 0 && tok - k < MAX_LEAD && !isSentenceEnd(k) && !t.breakBetween(t.end(k), t.start(k + 1))) {
      k--;
    }
    return k + 1;
  }

  private int trailEnd(int qi) {
    QuoteSpan q = quotes.get(qi);
    int from = t.indexAt(q.after());
    int ceiling = qi + 1 < quotes.size() ? t.indexAt(quotes.get(qi + 1).open) : t.size();
    int k = from;
    while (k < ceiling && k - from < MAX_TRAIL) {
      if (k > from && t.breakBetween(t.end(k - 1), t.start(k)) || k == from && t.breakBetween(q.after(),
          t.start(k))) {
        break;
      }
      if (isSentenceEnd(k)) {
        break;
      }
      k++;
    }
    return k;
  }

  private boolean isSentenceEnd(int k) {
    if (t.isWord(k)) {
      return false;
    }
    char c = t.first(k);
    if (c == '.' && isPartyTag(k - 1) && k + 1 < t.size() && t.is(k + 1, ',')) {
      return false; // "McConnell, R-Ky., said"
    }
    return c == '.' || c == '!' || c == '?';
  }

  private boolean colonBefore(int offset) {
    int j = offset - 1;
    while (j >= 0 && Character.isWhitespace(t.text.charAt(j))) {
      j--;
    }
    return j >= 0 && t.text.charAt(j) == ':' && t.text.lastIndexOf('\n', offset) > j;
  }

  /** Whether a quote carries on the previous one: same paragraph, or the next paragraph with nothing between. */
  private boolean continues(int qi) {
    if (qi == 0) {
      return false;
    }
    QuoteSpan prev = quotes.get(qi - 1);
    QuoteSpan q = quotes.get(qi);
    int gapWords = 0;
    boolean lineBreak = false;
    int from = t.indexAt(prev.after());
    int to = t.indexAt(q.open);
    for (int k = from; k < to; k++) {
      if (t.isWord(k)) {
        gapWords++;
      }
    }
    for (int i = prev.after(); i < q.open; i++) {
      lineBreak |= t.text.charAt(i) == '\n';
    }
    if (!lineBreak) {
      return true;
    }
    // a new paragraph that opens with the quote, right after a paragraph that ended with a quote
    return gapWords <= 8 && startsLine(q.open) && endsNearLine(prev.after());
  }

  private boolean startsLine(int offset) {
    for (int j = offset - 1; j >= 0; j--) {
      char c = t.text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean endsNearLine(int offset) {
    int nl = t.text.indexOf('\n', offset);
    return nl < 0 || nl - offset < 90;
  }

  // ---- the three places an attribution sits ----

  /** {@code ," X said}, {@code ," said X}, {@code ," X, a role, said}, {@code ," Senate leader Harry Reid told}. */
  private Speaker trailing(int qi) {
    QuoteSpan q = quotes.get(qi);
    int first = t.indexAt(q.after());
    if (endsSentenceInside(q) && wordsBetween(first, trailEnd(qi)) > 7 && !continuesLowerCase(first)
        && !opensWithCueClause(first, trailEnd(qi))) {
      return null; // "... is broken." Clinton said Wednesday she, too, wants ...: a new sentence, not an attribution
    }
    Speaker s = attributionAt(first, trailEnd(qi));
    return s != null ? s : speechVerbAfter(q, first, trailEnd(qi));
  }

  /**
   * "... on both sides." said Dr. Helen Brooks, a senior analyst ...: a lower-case word right after the closing mark
   * carries the quote's sentence on, so the period inside the marks ended no sentence.
   */
  private boolean continuesLowerCase(int first) {
    return first < t.size() && t.isWord(first) && Character.isLowerCase(t.text.charAt(t.start(first)));
  }

  /**
   * "... the bill." Marsh said during a town hall in Dayton, ...: a sentence after a period inside the marks that opens
   * with a cue clause (a name or role and a lower-case cue within a few words) attributes the quote as if the mark
   * were preceded by a comma, however long the rest runs. Not when the cue opens a reported clause of its own
   * ("... is broken." Clinton said Wednesday she, too, wants ...; "Holt said the plan ..."): that is new content.
   */
  private boolean opensWithCueClause(int first, int end) {
    for (int c = first + 1; c < end && c - first <= MAX_APPOSITION; c++) {
      if (!t.isWord(c)) {
        if (isSentenceEnd(c) && !(t.is(c, '.') && (isPartyTag(c - 1) || isInitial(c - 1))) || t.is(c, ';')
            || t.is(c, ':')) {
          return false;
        }
        continue;
      }
      if (t.isCapitalized(c) || c - first > 8 && !t.is(c - 1, ',')) {
        continue; // past a few words, only "Name, an appositive, said" reaches the cue
      }
      int ce = cueAt(c, end);
      if (ce < 0) {
        continue;
      }
      int j = ce;
      while (j < end && t.isWord(j) && (WEEKDAYS.contains(t.lower(j)) || TIME_MODIFIERS.contains(t.lower(j)))) {
        j++;
      }
      if (j < end && t.isWord(j) && (REPORTED_CLAUSE_OPENERS.contains(t.lower(j))
          || !TELL_CUES.contains(t.lower(c)) && (j == ce && DETERMINERS_OPENING_CLAUSE.contains(t.lower(j))
          || t.isCapitalized(j)))) { // "He said Nunberg was bound ...": a name after "said" opens the clause
        return false;
      }
      // "... day off." He pointed to Carson's comments ...: a pronoun's new sentence attributes only when the cue
      // ends it ("... day off." He said.) or a comma follows ("He added, smiling")
      return !isPronoun(first) || j >= end || !t.isWord(j);
    }
    return false;
  }

  /** "Harry M. Reid": a single capital letter, an initial whose period ends no sentence. */
  private boolean isInitial(int k) {
    return k >= 0 && t.isWord(k) && t.word(k).length() == 1 && Character.isUpperCase(t.first(k));
  }

  /** Whether the quoted words end with a period inside the marks ("... is broken."). */
  private boolean endsSentenceInside(QuoteSpan q) {
    int last = q.end() - 1;
    while (last > q.start() && Character.isWhitespace(t.text.charAt(last))) {
      last--;
    }
    return last >= q.start() && t.text.charAt(last) == '.';
  }

  /** How many word tokens lie in [from, to). */
  private int wordsBetween(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += t.isWord(k) ? 1 : 0;
    }
    return n;
  }

  /**
   * {@code ," Toomey fumed.}, {@code ?" Hannity pressed.}, {@code ," remembered Roy Verley, a former aide}: right
   * after a quote that leaves its sentence open, a name and a past-tense verb off the cue list with nothing after
   * them but the sentence's end or a short phrase. Read as the quote's speaker, not as a cue (short quotes stay out).
   */
  private Speaker speechVerbAfter(QuoteSpan q, int first, int end) {
    int last = q.end() - 1;
    while (last > q.start() && Character.isWhitespace(t.text.charAt(last))) {
      last--;
    }
    if (first >= end || last < q.start() || ",?!".indexOf(t.text.charAt(last)) < 0
        || t.breakBetween(q.after(), t.start(first))) {
      return null;
    }
    if (isPastVerb(first)) { // "remembered Roy Verley, ..."
      int[] np = forwardPhrase(first + 1, end);
      return np != null && np[0] == first + 1 && isNameToken(np[1] - 1) && t.isCapitalized(np[0])
          && endsClause(np[1], end) ? named(resolve(np, first, first + 1, false)) : null;
    }
    for (int v = first + 1; v < end && v - first <= 4; v++) {
      if (!t.isWord(v)) {
        return null;
      }
      if (isPastVerb(v) && (endsClause(v + 1, end) || shortObjectEnds(v + 1, end))) { // "Toomey fumed on Tuesday."
        int[] np = backwardPhrase(v - 1, first);
        return np != null && onlyModifiersBefore(first, np[0]) && isNameToken(np[1] - 1)
            ? named(resolve(np, v, v + 1, false)) : null;
      }
    }
    return null;
  }

  /** "an angry Hollande": nothing but an article and lower-case words (at most three) before the name. */
  private boolean onlyModifiersBefore(int from, int name) {
    for (int i = from; i < name; i++) {
      if (!t.isWord(i) || t.isCapitalized(i) || Cues.isCue(t.word(i))) {
        return false;
      }
    }
    return name - from <= 3;
  }

  /** The speaker if it is a named person, else null (a rule that only trusts names). */
  private static Speaker named(Speaker s) {
    return s != null && Speaker.NAMED.equals(s.kind) ? s : null;
  }

  /** A lower-case past-tense verb ("fumed", "pressed"), the shape a speech verb off the cue list takes. */
  private boolean isPastVerb(int k) {
    String l = t.lower(k);
    return t.isWord(k) && !t.isCapitalized(k) && l.endsWith("ed") && l.length() > 4 && !Lexicon.NOT_NAMES.contains(l);
  }

  /** "LeVell assured the crowd.": up to four words, no verb or quote among them, then the clause's end. */
  private boolean shortObjectEnds(int k, int end) {
    for (int i = k; i < end && i - k <= 4; i++) {
      if (!t.isWord(i)) {
        return i > k && (t.is(i, ',') || isSentenceEnd(i));
      }
      if (Cues.isCue(t.word(i)) || CLAUSE_STOPS.contains(t.lower(i)) && !DETERMINERS.contains(t.lower(i))) {
        return false;
      }
    }
    return end - k <= 4 && end > k;
  }

  /** Whether token k ends the clause: the sentence's end, a comma, or a short phrase on/in/at/to/during. */
  private boolean endsClause(int k, int end) {
    if (k >= end) {
      return true;
    }
    return !t.isWord(k) && (t.is(k, ',') || isSentenceEnd(k) || t.is(k, ';'))
        || t.isWord(k) && PREPOSITIONS.contains(t.lower(k)) && !t.lower(k).equals("of") && !t.lower(k).equals("for")
        && !t.lower(k).equals("with");
  }

  /**
   * A partial quote whose sentence runs on and ends in the attribution: {@code "..." for the party, said Kunin.},
   * {@code "..." than the rival account, Zuckoff said on Monday.} The last comma-set clause of the sentence is read
   * as a trailing attribution; it must end the sentence but for a few words ("on Monday", "in an interview").
   */
  private Speaker sentenceEndAttribution(int qi) {
    QuoteSpan q = quotes.get(qi);
    int from = t.indexAt(q.after());
    int ceiling = qi + 1 < quotes.size() ? t.indexAt(quotes.get(qi + 1).open) : t.size();
    int last = q.end() - 1;
    while (last > q.start() && Character.isWhitespace(t.text.charAt(last))) {
      last--;
    }
    if (from >= t.size() || ".!?".indexOf(t.text.charAt(last)) >= 0 || t.breakBetween(q.after(), t.start(from))) {
      return null; // the quote ended its sentence or its paragraph
    }
    List<Integer> commas = new ArrayList<>();
    int k = from;
    for (; k < ceiling && k - from < 3 * MAX_TRAIL; k++) {
      if (k > from && t.breakBetween(t.end(k - 1), t.start(k))) {
        return null;
      }
      if (isSentenceEnd(k)) {
        break;
      }
      if (t.is(k, ',')) {
        commas.add(k);
      }
    }
    if (k >= ceiling || !isSentenceEnd(k) || commas.isEmpty()) {
      return null;
    }
    // the last clause that is a name and a cue and little else: "said Kunin", "Zuckoff said on Monday"; an
    // apposition may follow it ("said Geert Wilders, founder of the party.")
    for (int i = commas.size() - 1; i >= 0; i--) {
      int comma = commas.get(i);
      if (k - comma > 16 && i == commas.size() - 1) {
        return null;
      }
      if (cueClause(comma, i + 1 < commas.size() ? commas.get(i + 1) : k)) {
        Speaker s = attributionAt(comma + 1, k);
        return s == null || s.subject.isEmpty() ? null : s;
      }
      if (i < commas.size() - 1) {
        break; // only the clause right before a final apposition is read
      }
    }
    return null;
  }

  /** Whether the words between a comma and the clause's end are a short cue clause: a cue and a few words. */
  private boolean cueClause(int comma, int end) {
    int cue = -1;
    int before = 0;
    int after = 0;
    for (int j = comma + 1; j < end; j++) {
      if (!t.isWord(j)) {
        continue;
      }
      if (cue < 0 && cueAt(j, end) > 0) {
        cue = j;
      } else if (cue < 0) {
        before++;
      } else {
        after++;
      }
    }
    return cue >= 0 && before <= 5 && after <= (before == 0 ? 9 : 6);
  }

  private Speaker attributionAt(int first, int end) {
    int k = first;
    while (k < end && !t.isWord(k) && (t.is(k, ',') || t.is(k, '\u2014') || t.is(k, '-'))) {
      k++;
    }
    if (k + 2 < end && t.lower(k).equals("as") && isNameToken(k + 1) && t.isCapitalized(k + 1)) {
      k++; // ," as Cruz said on Monday": the name and its cue follow "as"
    }
    if (k >= end || !t.isWord(k) || CLAUSE_STOPS.contains(t.lower(k)) && !Cues.isCue(t.word(k))
        && !(t.isCapitalized(k) && isCommonWordSurname(k))) {
      return null;
    }
    int cueEnd = cueAt(k, end);
    if (cueEnd > 0 && (!t.isCapitalized(k) || k == first)) {
      int[] np = forwardPhrase(cueEnd, end);
      return np == null ? null : resolve(np, k, cueEnd, true);
    }
    for (int c = k + 1; c < end && c - k <= MAX_APPOSITION; c++) {
      if (!t.isWord(c)) {
        if (t.is(c, ',') || t.is(c, '-') || t.is(c, '\u2019') || t.is(c, '\'') || t.is(c, '(') || t.is(c, ')')
            || t.is(c, '.') && isPartyTag(c - 1)) {
          continue;
        }
        return null;
      }
      int ce = cueAt(c, end);
      if (ce < 0 || t.isCapitalized(c) && !t.is(c - 1, ',')) {
        continue;
      }
      int[] np = backwardPhrase(c - 1, k);
      if (np == null || np[0] != k && !isPronoun(np[0]) && !startsAppositionChain(k, np[0])) {
        np = nameThenComma(k, c);
      }
      if (np == null) {
        int[] d = forwardPhrase(k, c);
        np = d != null && d[1] == c ? d : null; // "a spokesman for Clinton said"
      }
      return np == null ? null : resolve(np, c, ce, true);
    }
    return null;
  }

  /** "Beck, who has in the past described Trump as": the name a relative "who" before the cue stands for. */
  private int[] relativeAntecedent(int cue, int from) {
    for (int j = cue - 1; j > from && cue - j <= 8; j--) {
      if (!t.isWord(j)) {
        return null;
      }
      if (t.lower(j).equals("who")) {
        return t.is(j - 1, ',') && j - 2 >= from && isNameToken(j - 2) && t.isCapitalized(j - 2)
            ? nameRunBack(j - 2, from) : null;
      }
    }
    return null;
  }

  /** "Nate Silver, the polling guru who founded a site, told": the name that opens the phrase, before a comma. */
  private int[] nameThenComma(int k, int cue) {
    int[] np = forwardPhrase(k, cue);
    return np != null && np[1] < cue && t.is(np[1], ',') && isNameToken(np[1] - 1) && t.isCapitalized(np[1] - 1)
        ? np : null;
  }

  /** Whether the words from k to the subject are a title-and-role lead-in ("Senate minority leader Harry Reid"). */
  private boolean startsAppositionChain(int k, int subject) {
    if (subject - 1 > k && t.is(subject - 1, ',') && subject - 1 - k <= 6) {
      // "Sanders's campaign manager, Jeff Weaver, said": a role phrase, a comma, then the name
      for (int i = k; i < subject - 1; i++) {
        if (!t.isWord(i) || CLAUSE_STOPS.contains(t.lower(i)) || Cues.isCue(t.word(i))) {
          return false;
        }
      }
      return true;
    }
    for (int i = k; i < subject; i++) {
      if (!t.isWord(i) || CLAUSE_STOPS.contains(t.lower(i)) || Cues.isCue(t.word(i))) {
        return false;
      }
    }
    return subject - k <= 4;
  }

  /** End of the cue starting at token k ("said", "told reporters", "went on"), or -1 when k starts none. */
  private int cueAt(int k, int end) {
    if (!t.isWord(k)) {
      return -1;
    }
    String w = t.lower(k);
    if (Cues.isCue(w)) {
      return cueEnd(k, end);
    }
    if (k + 1 < end && t.isWord(k + 1) && Cues.isPhrasal(w, t.lower(k + 1))) {
      return k + 2;
    }
    return -1;
  }

  /** A cue before the opening mark, nearest first; its subject before it, or after it when inverted. */
  private Speaker leading(int from, int openTok) {
    for (int c = openTok - 1; c >= from; c--) {
      if (!t.isWord(c) || t.isCapitalized(c) && c > from) {
        continue;
      }
      String w = t.lower(c);
      if (w.equals("according") && c + 1 < openTok && t.lower(c + 1).equals("to")) {
        int[] np = forwardPhrase(c + 2, openTok);
        if (np != null && !Lexicon.POSSESSIVE_PRONOUNS.contains(t.lower(np[0]))) { // not "according to its analysis"
          return resolve(np, c, c + 2, true);
        }
        continue;
      }
      if (c - 1 >= from && t.isWord(c - 1) && (PersonExtractor.endsPossessive(t.word(c - 1))
          || POSSESSIVE_DETERMINERS.contains(t.lower(c - 1))) && !Cues.isCue(t.word(c - 1))) {
        continue; // "Clinton's remarks on 9/11", "his claims": a noun, not a cue
      }
      boolean phrasal = c + 1 < openTok && t.isWord(c + 1) && Cues.isPhrasal(w, t.lower(c + 1))
          && !goesOnToSomething(c, openTok);
      if (!phrasal && (!Cues.isCue(w) || !Cues.isStrong(w) && openTok - c > 6)) {
        continue;
      }
      int cueEnd = phrasal ? c + 2 : cueEnd(c, openTok);
      Speaker asker = askedBy(c, openTok);
      if (asker != null) {
        return asker;
      }
      int before = c - 1;
      while (before > from && t.isWord(before) && Cues.BETWEEN.contains(t.lower(before))) {
        before--; // "with Trump reportedly yelling": the name before the adverb does the yelling
      }
      if (w.endsWith("ing") && (c - 1 >= from && (t.is(c - 1, ',') || !isNameToken(before) && !isPronoun(before))
          || c == from && afterQuoteInSentence(c))) {
        Speaker subject = clauseSubject(Math.min(from, sentenceStartAcrossQuotes(c)), t.is(c - 1, ',') ? c - 1 : c);
        if (subject != null) {
          return new Speaker(subject.subject, subject.kind, t.word(c), Cues.lemma(w), true, subject.from,
              t.end(c));
        }
      }
      int[] np = backwardPhrase(c - 1, from);
      if (np == null) {
        np = relativeAntecedent(c, from);
      }
      if (np == null && c - 1 > from && t.isWord(c - 1) && CONJUNCTIONS.contains(t.lower(c - 1))) {
        Speaker subject = clauseSubject(Math.min(from, sentenceStartAcrossQuotes(c)), c - 1);
        if (subject != null) {
          // "Hayek confirmed she had been and said, “...”": the cue shares the sentence's subject
          return new Speaker(subject.subject, subject.kind, t.word(c), Cues.lemma(w), true, subject.from, t.end(c));
        }
      }
      if (np == null && cueEnd < openTok && (Cues.isStrong(w) && !"tell".equals(Cues.lemma(w)) || phrasal)) {
        // "called X "..."", "told Fox News: "..."": X is the object or the listener, not the speaker
        np = forwardPhrase(cueEnd, openTok);
        if (np != null && (!t.isCapitalized(np[0]) && !isPronoun(np[0]) || np[1] < openTok && !t.is(np[1], ':')
            && !t.is(np[1], ','))) {
          np = null; // "saying Clinton would": the name after the cue opens the reported clause
        }
      }
      if (np != null) {
        return resolve(np, c, cueEnd, true);
      }
    }
    return null;
  }

  /**
   * Whether token c directly follows an earlier quote's closing mark in the same sentence ({@code defense of "New York
   * values," saying the city ...}): a participle there still hangs on the sentence's subject before that quote.
   */
  private boolean afterQuoteInSentence(int c) {
    return c >= 2 && isCloseMark(c - 1) && !t.breakBetween(t.end(c - 1), t.start(c))
        && (t.is(c - 2, ',') || t.isWord(c - 2));
  }

  /**
   * "the Senate goes on recess, ...": "go on" is a cue ("she went on: ...", "went on to say") only when the clause
   * ends after it, not when a noun follows.
   */
  private boolean goesOnToSomething(int c, int end) {
    if (!"on".equals(t.lower(c + 1)) || c + 2 >= end) {
      return false;
    }
    return t.isWord(c + 2) && !t.lower(c + 2).equals("to");
  }

  /** "Sanders was asked by host Bill Maher, ..., "...": in the passive the one asking is named after "by". */
  private Speaker askedBy(int c, int openTok) {
    if (!t.lower(c).equals("asked") || c < 1 || !PersonExtractor.isAuxiliary(t.lower(c - 1)) && !t.lower(c - 1)
        .equals("been") || c + 2 >= openTok || !t.lower(c + 1).equals("by")) {
      return null;
    }
    int[] np = forwardPhrase(c + 2, openTok);
    if (np == null || !isNameToken(np[1] - 1) || !t.isCapitalized(np[1] - 1)) {
      return null;
    }
    np = nameAfterModifiers(np, openTok);
    return named(resolve(np, c, c + 2, true));
  }

  /** A block quote whose attribution stands on the next line after a dash ({@code — Jane Holt, senator}). */
  private Speaker dashLine(QuoteSpan q) {
    String text = t.text;
    int i = q.after();
    while (i < text.length() && text.charAt(i) != '\n') {
      if (!Character.isWhitespace(text.charAt(i)) && ".,".indexOf(text.charAt(i)) < 0) {
        return null;
      }
      i++;
    }
    int lineEnd = i < text.length() ? text.indexOf('\n', i + 1) : -1;
    if (i >= text.length()) {
      return null;
    }
    while (lineEnd >= 0 && text.substring(i + 1, lineEnd).isBlank()) {
      i = lineEnd;
      lineEnd = text.indexOf('\n', i + 1);
    }
    java.util.regex.Matcher m = Transcripts.DASH_LINE.matcher(text);
    m.region(i + 1, lineEnd < 0 ? text.length() : lineEnd);
    if (!m.lookingAt()) {
      return null;
    }
    int[] np = {t.indexAt(m.start(2)), t.indexAt(m.end(2))};
    int dash = t.indexAt(m.start(1));
    Speaker s = resolve(np, dash, dash + 1, true);
    return s == null ? null : new Speaker(s.subject, s.kind, m.group(1), "say", true, s.from, s.to);
  }

  /** "... doesn't surprise Republican pollster Daron Shaw: “...”": a name right before the colon speaks. */
  private Speaker colonName(int from, int openTok) {
    int colon = openTok - 1;
    if (colon <= from || !t.is(colon, ':') || !(isNameToken(colon - 1) && t.isCapitalized(colon - 1)
        || t.is(colon - 1, ')') && isPartyTagBefore(colon - 1))) {
      return null;
    }
    int[] np = backwardPhrase(colon - 1, from);
    if (np == null || Lexicon.PLACES.contains(t.lower(np[1] - 1)) || np[0] > from && t.isWord(np[0] - 1)
        && CLAUSE_STOPS.contains(t.lower(np[0] - 1)) && !t.lower(np[0] - 1).equals("said")
        && !namesBeforeAnd(np[0] - 1, from) || np[0] > from && "tell".equals(Cues.lemma(t.word(np[0] - 1)))) {
      return null; // "... was from Mexico: “...”" names a place or an object, not the speaker
    }
    if (opensLine(np[0], from) && !labelNamesSpeaker(np)) {
      return null; // "Expert View: “...”", "The Road Ahead: “...”": a section heading, not a speaker
    }
    return resolve(np, colon, colon + 1, true);
  }

  /** Whether the phrase at token k opens its line, past an article ("The Road Ahead:"). */
  private boolean opensLine(int k, int from) {
    int j = k;
    while (j > from && t.isWord(j - 1) && DETERMINERS.contains(t.lower(j - 1))) {
      j--;
    }
    return startsLine(t.start(j));
  }

  /**
   * Whether a label that opens its line names who speaks: a title or honorific, a known given name, a person the
   * article names with evidence, or an organisation's name. Capitals alone make a heading.
   */
  private boolean labelNamesSpeaker(int[] np) {
    List<String> words = new java.util.ArrayList<>();
    for (int k = np[0]; k < np[1]; k++) {
      if (t.isWord(k)) {
        if (isTitle(k) || NameCanonicalizer.HONORIFICS.containsKey(NameCanonicalizer.bare(t.word(k)))) {
          return true;
        }
        words.add(t.word(k));
      }
    }
    if (words.isEmpty()) {
      return false;
    }
    List<String> nameWords = NameCanonicalizer.nameWords(String.join(" ", words));
    if (nameWords.isEmpty()) {
      return false;
    }
    Person p = people.find(nameWords, t.start(np[0]) + 1);
    if (Genders.isKnownFirstName(nameWords.get(0)) || p != null && p.isStrong()
        || nameWords.size() == 1 && people.knowsSurname(nameWords.get(0).toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (String w : nameWords) {
      String l = w.toLowerCase(java.util.Locale.ROOT);
      if (SPEAKING_ORG_WORDS.contains(l) || Lexicon.OUTLETS.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quote that opens a sentence after one that names its speaker, in the same paragraph ({@code Jane Roe agreed.
   * "..."}, {@code Roe touted her record. "..."}): that sentence's cue, else its named subject. A pronoun there is
   * left to the rules after this one.
   */
  private Speaker leadInSentence(int qi, int openTok) {
    int end = openTok - 1;
    if (end <= 0 || !t.is(end, '.') || qi > 0 && quotes.get(qi - 1).after() > t.start(end)) {
      return null;
    }
    int from = sentenceStart(end);
    if (from >= end || qi > 0 && quotes.get(qi - 1).after() > t.start(from)) {
      return null; // the sentence before holds a quote of its own
    }
    Speaker s = leading(from, end);
    if (s == null) {
      s = namedClauseSubject(from, end);
    }
    return s == null || s.subject.isEmpty() || Speaker.PRONOUN.equals(s.kind) ? null : s;
  }

  /** "Rep. Trey Gowdy (R-S.C.):": a party tag in parentheses closes at token close. */
  private boolean isPartyTagBefore(int close) {
    return close >= 2 && t.is(close - 2, '(') && isPartyTag(close - 1) || close >= 3 && t.is(close - 3, '(')
        && isPartyTag(close - 2) && t.is(close - 1, '.');
  }

  /** "Frank Newport and Jim Harter:": the "and" before a name joins two names that speak together. */
  private boolean namesBeforeAnd(int and, int from) {
    return t.lower(and).equals("and") && and - 1 >= from && isNameToken(and - 1) && t.isCapitalized(and - 1)
        && Genders.isKnownFirstName(t.word(and + 1));
  }

  /**
   * A quote paragraph with no attribution at all: the person the previous paragraph was about (its last subject)
   * is the speaker, as a reader assumes.
   */
  private Speaker previousParagraphSubject(int open) {
    int nl = t.text.lastIndexOf('\n', open - 1);
    if (nl <= 0) {
      return null;
    }
    int prevEnd = nl;
    while (prevEnd > 0 && Character.isWhitespace(t.text.charAt(prevEnd - 1))) {
      prevEnd--;
    }
    int prevStart = t.text.lastIndexOf('\n', prevEnd - 1) + 1;
    Person p = people.lastSubject(prevStart, prevEnd);
    if (p == null) {
      return null;
    }
    return new Speaker(p.name(), Speaker.NAMED, "", "", false, open, open);
  }

  /** {@code ," according to the ministry.} after the quote. */
  private Speaker accordingTo(int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (t.lower(k).equals("according") && t.lower(k + 1).equals("to")) {
        int[] np = forwardPhrase(k + 2, end);
        return np == null ? null : resolve(np, k, k + 2, true);
      }
    }
    return null;
  }

  /** The subject of the clause a participle hangs on: the nearest clause opening first, then the sentence's. */
  private Speaker clauseSubject(int from, int before) {
    for (int i = before - 1; i > from; i--) {
      if (t.is(i, ',') || isCloseMark(i) || t.isWord(i) && (t.lower(i).equals("when") || t.lower(i).equals("as")
          || t.lower(i).equals("while") || t.lower(i).equals("after"))) {
        Speaker s = sentenceSubject(i + 1, before);
        if (s != null && !s.subject.isEmpty()) {
          return s; // an unresolved "they" in a subordinate clause is not the one speaking
        }
      }
    }
    return sentenceSubject(from, before);
  }

  /** A partial quote inside paraphrase: the clause's subject, when a verb follows it. */
  private Speaker sentenceSubject(int from, int openTok) {
    int k = from;
    int limit = Math.min(openTok, from + 12);
    int comma = -1;
    for (int i = from; i < limit; i++) {
      if (t.is(i, ',')) {
        comma = i;
        break;
      }
    }
    if (k < openTok && t.isWord(k) && (Lexicon.NOT_NAMES.contains(t.lower(k)) && !isPronoun(k)
        && !DETERMINERS.contains(t.lower(k))) && comma > 0 && !(k + 1 < openTok && isNameToken(k + 1))) {
      k = comma + 1; // "On Tuesday, Clinton slammed ..."
    }
    k = afterDateline(k, openTok);
    while (k < openTok && t.isWord(k) && CONJUNCTIONS.contains(t.lower(k))) {
      k++; // "But Cruz would not comment"
    }
    int[] np = forwardPhrase(k, openTok);
    if (np == null || isOpeningParticiple(np)) {
      return null;
    }
    int j = np[1];
    if (j + 2 < openTok && t.is(j, '(') && t.is(j + 2, ')')) {
      j += 3; // "Sen. Bernie Sanders (I-Vt.) called"
    }
    if (j < openTok && t.is(j, ',')) {
      int close = nextComma(j + 1, openTok);
      if (close < 0) {
        return null;
      }
      if (!isNameToken(np[1] - 1) && isNameToken(j + 1) && t.isCapitalized(j + 1)) {
        int[] name = nameRunBack(close - 1, j + 1);
        if (name != null && name[0] == j + 1) {
          np = name; // "Her campaign manager, Robby Mook, suggested"
        }
      }
      j = close + 1;
    }
    while (j < openTok && t.isWord(j) && (Cues.BETWEEN.contains(t.lower(j)) || t.lower(j).equals("since")
        && j > 0 && (t.lower(j - 1).equals("has") || t.lower(j - 1).equals("had")))) {
      j++; // "Clinton has since apologized"
    }
    if (j >= openTok || !t.isWord(j) || t.isCapitalized(j) || CLAUSE_STOPS.contains(t.lower(j))) {
      return null;
    }
    return resolve(np, j, j + 1, false);
  }

  /**
   * A partial quote inside paraphrase whose clause opens past an introductory phrase, or whose subject and verb an
   * insert keeps apart ({@code Speaking on Monday in Concord, Bush referred to Rubio as "..."}, {@code Trump, during
   * interviews on Thursday, referred to ...}, {@code Sen. Reed (D-R.I.), said after a lunch ...}). The clause
   * openings before the quote are read nearest first; the nearest with a subject and a verb decides, and only a name
   * is taken: a description or a pronoun there is left to the rules that read those.
   */
  private Speaker namedClauseSubject(int from, int openTok) {
    for (int p = openTok - 1; p >= from; p--) {
      if (!t.isWord(p) || p > from && !t.is(p - 1, ',') && !t.is(p - 1, ';')) {
        continue;
      }
      int k = p;
      while (k < openTok && t.isWord(k) && (CONJUNCTIONS.contains(t.lower(k)) || CLAUSE_OPENERS.contains(t.lower(k)))) {
        k++;
      }
      if (k < openTok && t.isWord(k) && (t.lower(k).equals("who") || t.lower(k).equals("which"))
          && verbAfter(k + 1, openTok) >= 0 && !closedBeforeQuote(k + 1, openTok)) {
        return null; // "..., the Mexican president, who said that ...": the relative clause has its own subject
      }
      int[] np = null;
      int verb = -1;
      // "House Republican Thomas Massie": capitalised modifiers that are no name may stand before the name
      for (int s0 = k; s0 <= k + 2 && s0 < openTok && verb < 0; s0++) {
        if (s0 > k && !(t.isWord(s0 - 1) && t.isCapitalized(s0 - 1))) {
          break;
        }
        if (t.isCapitalized(s0) && !isNameToken(s0) && !isTitle(s0) && s0 + 1 < openTok && isNameToken(s0 + 1)) {
          continue; // "Democrat" in "House Democrat Tariq Osei" is no part of the name
        }
        np = forwardPhrase(s0, openTok);
        if (np != null) {
          np = nameAfterModifiers(np, openTok);
          verb = verbAfter(np[1], openTok);
        }
      }
      if (verb < 0) {
        continue;
      }
      if (isPronoun(np[0]) || !isNameToken(np[1] - 1) || !t.isCapitalized(np[1] - 1) || !namesPerson(np)) {
        return null; // a description, a pronoun or a thing ("Guns are ...") is this clause's subject
      }
      Speaker s = resolve(np, verb, verb + 1, false);
      return s != null && Speaker.NAMED.equals(s.kind) ? s : null;
    }
    return null;
  }

  /** Whether a comma closes the clause from k before the quote at end (a relative clause set off as an insert). */
  private boolean closedBeforeQuote(int k, int end) {
    for (int i = k; i < end; i++) {
      if (t.is(i, ',') && i + 1 < end && t.isWord(i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name phrase is a person's: a surname the article has named, a known given name, or a title. */
  private boolean namesPerson(int[] np) {
    if (people.knowsSurname(PersonExtractor.stripPossessive(t.lower(np[1] - 1)))) {
      return true;
    }
    for (int i = np[0]; i < np[1]; i++) {
      if (isTitle(i) || t.isCapitalized(i) && Genders.isKnownFirstName(t.word(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Republican presidential nominee Donald Trump": a name the phrase's lower-case title words run on into. */
  private int[] nameAfterModifiers(int[] np, int end) {
    int j = np[1];
    while (j < end && j - np[1] < 3 && t.isWord(j) && !t.isCapitalized(j) && !CLAUSE_STOPS.contains(t.lower(j))
        && !PersonExtractor.looksFinite(t.lower(j)) && !isTitle(j)) {
      j++;
    }
    if (j == np[1] || j >= end || !isTitle(j) || j + 1 >= end || !isNameToken(j + 1) || !t.isCapitalized(j + 1)) {
      return np;
    }
    int e = j + 1;
    while (e < end && (isNameToken(e) && t.isCapitalized(e) || isTitle(e)) && !t.breakBetween(t.end(e - 1),
        t.start(e))) {
      e++;
    }
    return new int[] {np[0], e};
  }

  /**
   * The finite verb of a subject ending before token j, past what may stand between them: a party tag in
   * parentheses, up to three comma-set inserts in a row (a party tag, "meanwhile", a relative clause), adverbs, and
   * one short prepositional phrase ({@code during a Sunday rally thanked}); -1 when none follows.
   */
  private int verbAfter(int j, int end) {
    if (j + 2 < end && t.is(j, '(')) {
      int close = j + 1;
      while (close < end && close - j < 6 && !t.is(close, ')')) {
        close++;
      }
      if (close >= end || !t.is(close, ')')) {
        return -1;
      }
      j = close + 1;
      if (j < end && t.is(j, ',') && verbAt(j + 1, end) >= 0) {
        return verbAt(j + 1, end); // "Sen. Jack Reed (D-R.I.), said"
      }
    }
    int v = verbAt(j, end);
    if (v >= 0) {
      return v;
    }
    for (int n = 0; n < 3 && j < end && t.is(j, ','); n++) {
      int close = j + 1;
      while (close < end && close - j < 45 && !t.is(close, ',') && !isCloseMark(close) && !t.is(close, '\u201C')
          && !isSentenceEnd(close)) {
        close++;
      }
      if (close >= end || !t.is(close, ',') || close == j + 1) {
        return -1;
      }
      v = verbAt(close + 1, end);
      if (v >= 0) {
        return v;
      }
      j = close; // the comma that closes one insert may open the next ("Sanders, meanwhile, who ..., said")
    }
    return -1;
  }

  /** The finite verb at token j, past adverbs and one short prepositional phrase; -1 when none is there. */
  private int verbAt(int j, int end) {
    while (j < end && t.isWord(j) && (Cues.BETWEEN.contains(t.lower(j)) && !Cues.isCue(t.word(j))
        || CONJUNCTIONS.contains(t.lower(j)) || t.lower(j).endsWith("ly") && !t.isCapitalized(j))) {
      if (PersonExtractor.isAuxiliary(t.lower(j))) {
        return j; // "the NRA was going": an auxiliary is the finite verb
      }
      j++;
    }
    if (j >= end || !t.isWord(j) || t.isCapitalized(j)) {
      return -1;
    }
    if (isVerb(j)) {
      return j;
    }
    if (!PREPOSITIONS.contains(t.lower(j))) {
      return -1;
    }
    for (int v = j + 1; v < end && v - j <= 6 && t.isWord(v); v++) {
      String l = t.lower(v);
      if (!t.isCapitalized(v) && (Cues.isCue(l) || l.endsWith("ed") && !Lexicon.NOT_NAMES.contains(l))) {
        return v;
      }
    }
    return -1;
  }

  /** A lower-case word that reads as a finite verb, not a preposition or a clause word. */
  private boolean isVerb(int j) {
    String l = t.lower(j);
    return !CLAUSE_STOPS.contains(l) && !PREPOSITIONS.contains(l) && PersonExtractor.looksFinite(l)
        || Cues.isCue(l);
  }

  /**
   * "Flying home one night, she ...", "Addressing the gala, Trump ...": a capitalised participle opening the
   * sentence is no name, unless the article named someone so ("Manning").
   */
  private boolean isOpeningParticiple(int[] np) {
    String w = t.lower(np[0]);
    return np[1] - np[0] == 1 && t.isCapitalized(np[0]) && w.endsWith("ing") && w.length() > 5
        && !people.knowsSurname(w);
  }

  /** Past a dateline ("PHILADELPHIA (UPI) —", "NAIROBI, Kenya (Reuters) -"), or k itself. */
  private int afterDateline(int k, int end) {
    if (k >= end || !t.isWord(k) || !isAllCaps(k)) {
      return k;
    }
    for (int i = k + 1; i < end && i - k < 12; i++) {
      if (t.is(i, '\u2014') || t.is(i, '\u2013') || t.is(i, '-')) {
        return i + 1;
      }
    }
    return k;
  }

  private boolean isAllCaps(int k) {
    int n = 0;
    for (int i = t.start(k); i < t.end(k); i++) {
      char c = t.text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      n += Character.isLetter(c) ? 1 : 0;
    }
    return n > 1;
  }

  private int cueEnd(int c, int end) {
    String l = Cues.lemma(t.word(c));
    int e = c + 1;
    if ("tell".equals(l) && e < end && t.isWord(e) && Cues.TELL_OBJECTS.contains(t.lower(e))
        && !DETERMINERS.contains(t.lower(e))) {
      e++;
    }
    return e;
  }

  private int nextComma(int from, int end) {
    for (int k = from; k < end && k - from < MAX_APPOSITION; k++) {
      if (t.is(k, ',')) {
        return k;
      }
      if (!t.isWord(k) && (t.is(k, '.') || t.is(k, '\u201C') || t.is(k, '"'))) {
        return -1;
      }
    }
    return -1;
  }

  // ---- noun phrases ----

  private boolean isPronoun(int k) {
    return t.isWord(k) && Cues.PRONOUNS.contains(t.lower(k));
  }

  private boolean isNameToken(int k) {
    if (!t.isWord(k)) {
      return false;
    }
    if (t.isCapitalized(k)) {
      if (PersonExtractor.opensNameAfterTitle(t, k)) {
        return true; // "Vice Premier He Jun"
      }
      if (Cues.PRONOUNS.contains(PersonExtractor.stripPossessive(t.lower(k)))) {
        return false; // "He’s predicting"
      }
      if (isAllCaps(k) && t.end(k) - t.start(k) > 2 && !t.text.startsWith(".", t.end(k) - 1)) {
        return false; // datelines and acronyms: PHILADELPHIA, CNN
      }
      return !Lexicon.NOT_NAMES.contains(t.lower(k)) || NameCanonicalizer.HONORIFICS.containsKey(
          NameCanonicalizer.bare(t.word(k))) || isCommonWordSurname(k);
    }
    return NameCanonicalizer.PARTICLES.contains(t.word(k)) || people.knowsSurname(t.lower(k));
  }

  /**
   * "Will wrote", "said Al From": a common word that is the surname of someone the article named (George Will), when
   * it follows the given name or a verb follows it; "From there" and "Will he" stay words.
   */
  private boolean isCommonWordSurname(int k) {
    String w = t.lower(k);
    if (!Lexicon.COMMON_WORD_SURNAMES.contains(w) || !people.knowsSurname(w)) {
      return false;
    }
    if (k > 0 && t.isCapitalized(k - 1) && Genders.isKnownFirstName(t.word(k - 1))) {
      return true;
    }
    return k + 1 < t.size() && t.isWord(k + 1) && !t.isCapitalized(k + 1)
        && !t.breakBetween(t.end(k), t.start(k + 1)) && PersonExtractor.looksFinite(t.lower(k + 1));
  }

  private boolean isTitle(int k) {
    return t.isWord(k) && NameCanonicalizer.titleRole(t.word(k)) != null;
  }

  /** A speaker phrase starting at k: a pronoun, a name (titles allowed), or a short description. */
  private int[] forwardPhrase(int k, int end) {
    if (k >= end || !t.isWord(k)) {
      return null;
    }
    if (isPronoun(k)) {
      return new int[] {k, k + 1};
    }
    int lead = k;
    String first = t.lower(k);
    if ((first.equals("former") || first.equals("the") || first.equals("then-") || first.equals("ex-"))
        && k + 1 < end && (isTitle(k + 1) || isNameToken(k + 1) && t.isCapitalized(k + 1))) {
      k++; // "Former Secretary of State Madeleine Albright"
    }
    if (isNameToken(k) || isTitle(k) && k + 1 < end && isNameToken(k + 1)) {
      int e = k;
      while (e < end && (isNameToken(e) || isTitle(e) || e > k && t.lower(e).equals("of") && e + 1 < end
          && t.isCapitalized(e + 1)) && !(e > k && t.breakBetween(t.end(e - 1), t.start(e)))) {
        e++;
        if (PersonExtractor.endsPossessive(t.word(e - 1))) {
          break;
        }
      }
      if (e > k && PersonExtractor.endsPossessive(t.word(e - 1))) {
        return descriptionFrom(lead, end); // "Trump's campaign"
      }
      if (e < end && t.isWord(e) && !t.isCapitalized(e) && Lexicon.PERSON_NOUNS.contains(t.lower(e))
          && !Genders.isKnownFirstName(t.word(k))) {
        int[] d = descriptionFrom(lead, end); // "the Florida senator"
        if (d != null) {
          return d;
        }
      }
      return new int[] {lead, e};
    }
    return descriptionFrom(lead, end);
  }

  private int[] descriptionFrom(int k, int end) {
    if (CLAUSE_STOPS.contains(t.lower(k)) || t.word(k).endsWith("ing")) {
      return null;
    }
    int e = k;
    while (e < end && e - k < MAX_DESCRIPTION && t.isWord(e) && !Cues.isCue(t.word(e))
        && !(e > k && CLAUSE_STOPS.contains(t.lower(e))) && !(e > k && Cues.BETWEEN.contains(t.lower(e)))) {
      e++;
      if (PersonExtractor.endsPossessive(t.word(e - 1)) && e < end && t.isWord(e)) {
        continue;
      }
    }
    while (e > k + 1 && DETERMINERS.contains(t.lower(k)) && !isDescriptionHead(e - 1) && !t.isCapitalized(e - 1)) {
      e--; // "a source close to the campaign" -> "a source"
    }
    if (e == k || !isDescriptionHead(e - 1)) {
      return null;
    }
    if (e + 1 < end && isSpokesNoun(t.lower(e - 1)) && t.isWord(e) && (t.lower(e).equals("for")
        || t.lower(e).equals("at"))) {
      int o = t.lower(e + 1).equals("the") ? e + 2 : e + 1;
      int oe = o;
      while (oe < end && t.isWord(oe) && (t.isCapitalized(oe) || oe > o && JOINERS.contains(t.word(oe))
          && oe + 1 < end && t.isCapitalized(oe + 1)) && !t.breakBetween(t.end(oe - 1), t.start(oe))) {
        oe++;
      }
      if (oe > o) {
        return new int[] {k, oe}; // "a spokeswoman for Harlow County", "a spokesman for Clinton"
      }
      if (o == e + 2 && o < end && t.isWord(o) && Lexicon.ORG_NOUNS.contains(t.lower(o))) {
        return new int[] {k, o + 1}; // "a spokeswoman for the campaign"
      }
    }
    return new int[] {k, e};
  }

  private boolean isDescriptionHead(int k) {
    String w = PersonExtractor.stripPossessive(t.lower(k));
    return Lexicon.PERSON_NOUNS.contains(w) || w.matches("\\d+-year-old") || Lexicon.ORG_NOUNS.contains(w) || PERSON_PLURALS.contains(w)
        || Lexicon.PERSON_NOUNS.contains(singular(w)) || Lexicon.OUTLETS.contains(w)
        || t.isCapitalized(k) && !Lexicon.NOT_NAMES.contains(w);
  }

  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** The speaker phrase ending at token {@code last} (inclusive), read backwards. */
  private int[] backwardPhrase(int last, int from) {
    int k = last;
    while (k >= from && t.isWord(k) && (Cues.BETWEEN.contains(t.lower(k)) || WEEKDAYS.contains(t.lower(k)))
        && !Cues.isCue(t.word(k))) {
      k--; // "Priebus later Thursday told"
    }
    if (k < from) {
      return null;
    }
    if (isPronoun(k)) {
      return new int[] {k, k + 1};
    }
    if (t.is(k, ')')) {
      // "Gov. John Kasich (R-OH) said", "Sen. Bernie Sanders (I-Vt.) said"
      int j = k - 1;
      while (j >= from && k - j < 6 && !t.is(j, '(')) {
        j--;
      }
      return j > from ? backwardPhrase(j - 1, from) : null;
    }
    if (t.is(k, ',')) {
      int tag = k - 1 >= from && t.is(k - 1, '.') ? k - 2 : k - 1;
      if (tag - 1 > from && isPartyTag(tag) && t.is(tag - 1, ',')) {
        return backwardPhrase(tag - 2, from); // "Sen. Ron Johnson, R-Wis., said"
      }
      int[] direct = k - 1 >= from && isNameToken(k - 1) && t.isCapitalized(k - 1) ? nameRunBack(k - 1, from) : null;
      if (direct != null && (direct[0] == from || t.is(direct[0] - 1, ',') && !relativeClauseBefore(direct[0] - 1,
          from)) && !Lexicon.PLACES.contains(t.lower(direct[1] - 1))) {
        return direct; // "A top strategist, John Weaver, tells"
      }
      // "Jeff Weaver, Sanders' campaign manager, said"
      // "Swanson, who is a pastor in Elizabeth, Colorado, slammed": a relative clause may hold commas itself
      int open = -1;
      for (int j = k - 1; j >= from && k - j < MAX_APPOSITION; j--) {
        if (t.is(j, ',')) {
          if (open < 0) {
            open = j;
          }
          if (j + 1 < k && (t.lower(j + 1).equals("who") || t.lower(j + 1).equals("which"))) {
            open = j;
            break;
          }
          continue;
        }
        if (!t.isWord(j) && !t.is(j, '-') && !t.is(j, '\u2019') && !t.is(j, '\'') && !t.is(j, '(')
            && !t.is(j, ')')) {
          break;
        }
      }
      int[] np = open > from ? backwardPhrase(open - 1, from) : null;
      while (np != null && np[0] - 1 > from && t.isWord(np[0] - 1) && PLACE_PREPOSITIONS.contains(t.lower(np[0] - 1))) {
        // "Clinton, during a meeting in Columbus, Ohio, said": a place after a preposition is no speaker
        int comma = np[0] - 2;
        while (comma > from && np[0] - comma < MAX_APPOSITION && !t.is(comma, ',') && (t.isWord(comma)
            || t.is(comma, '-') || t.is(comma, '\u2019') || t.is(comma, '\''))) {
          comma--;
        }
        np = comma > from && t.is(comma, ',') ? backwardPhrase(comma - 1, from) : null;
      }
      return np;
    }
    int org = orgRunBack(k, from);
    if (org >= 0) {
      return new int[] {spokesFor(org, from), k + 1};
    }
    if (isNameToken(k)) {
      return nameRunBack(k, from);
    }
    if (!t.isWord(k) || !isDescriptionHead(k)) {
      return null;
    }
    int s = k;
    while (s - 1 >= from && k - s < MAX_DESCRIPTION && t.isWord(s - 1) && !Cues.isCue(t.word(s - 1))
        && !CLAUSE_STOPS.contains(t.lower(s - 1)) && !t.breakBetween(t.end(s - 1), t.start(s))) {
      s--;
      if (DETERMINERS.contains(t.lower(s))) {
        break;
      }
    }
    return new int[] {s, k + 1};
  }

  /**
   * Start of an organisation's name ending at token {@code last}: a capitalised run joined by of/for/and that holds
   * an organisation word and no given name or title ({@code the Department of Natural Resources}, {@code the
   * Centers for Disease Control and Prevention}), a leading "the" included; -1 when there is none. Runs without a
   * joining word are left to the name reading.
   */
  private int orgRunBack(int last, int from) {
    if (!t.isWord(last) || !t.isCapitalized(last)) {
      return -1;
    }
    int s = last;
    boolean org = false;
    boolean joined = false;
    for (int k = last; k >= from; k--) {
      if (k < last && t.breakBetween(t.end(k), t.start(k + 1))) {
        break;
      }
      if (t.isWord(k) && t.isCapitalized(k)) {
        if (Genders.isKnownFirstName(t.word(k)) || isTitle(k) && !Lexicon.isOrgWord(t.lower(k))) {
          return -1; // "Secretary of State John Kerry" is a person
        }
        String l = PersonExtractor.stripPossessive(t.lower(k));
        org |= Lexicon.isOrgWord(l) || Lexicon.isOrgWord(singular(l)); // "Centers for Disease Control"
        s = k;
      } else if (k < last && t.isWord(k) && JOINERS.contains(t.word(k)) && k - 1 >= from && t.isWord(k - 1)
          && t.isCapitalized(k - 1)) {
        joined = true;
      } else {
        break;
      }
    }
    if (!org || !joined) {
      return -1;
    }
    return s - 1 >= from && t.lower(s - 1).equals("the") ? s - 1 : s;
  }

  /** "a spokesman for the Department of X": the start of the speaker phrase that speaks for an organisation. */
  private int spokesFor(int org, int from) {
    int k = org - 1;
    if (k - 1 < from || !t.isWord(k) || !(t.lower(k).equals("for") || t.lower(k).equals("at")
        || t.lower(k).equals("of")) || !t.isWord(k - 1) || !isSpokesNoun(t.lower(k - 1))) {
      return org;
    }
    int s = k - 1;
    return s - 1 >= from && t.isWord(s - 1) && DETERMINERS.contains(t.lower(s - 1)) ? s - 1 : s;
  }

  /** Index of "for"/"at"/"of" right after a spokesperson noun among the first words, or -1. */
  private static int spokesForIndex(List<String> words) {
    for (int i = 1; i < Math.min(words.size() - 1, 4); i++) {
      String l = words.get(i).toLowerCase(Locale.ROOT);
      if ((l.equals("for") || l.equals("at") || l.equals("of")) && isSpokesNoun(words.get(i - 1).toLowerCase(
          Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether capitalised words name an organisation ("Harlow County", "Centers for Disease Control"). */
  private static boolean orgWords(List<String> words) {
    for (String w : words) {
      String l = PersonExtractor.stripPossessive(w).toLowerCase(Locale.ROOT);
      if (Character.isUpperCase(w.charAt(0)) && (Lexicon.isOrgWord(l) || Lexicon.isOrgWord(singular(l))
          || Lexicon.OUTLETS.contains(l))) {
        return true;
      }
    }
    return words.size() == 1 && Lexicon.ORG_NOUNS.contains(words.get(0).toLowerCase(Locale.ROOT))
        || words.size() > 1 && words.get(0).equalsIgnoreCase("the") && Lexicon.ORG_NOUNS.contains(
        words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  private static boolean hasJoiner(List<String> words) {
    for (int i = 1; i < words.size() - 1; i++) {
      if (JOINERS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasGivenNameOrTitle(List<String> words) {
    for (String w : words) {
      if (Genders.isKnownFirstName(w) || NameCanonicalizer.titleRole(w) != null && !Lexicon.isOrgWord(
          w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpokesNoun(String w) {
    return PERSON_PLURALS.contains(w) || w.equals("spokesman") || w.equals("spokeswoman");
  }

  /** A party-state tag set off by commas ({@code , R-Ky.,}), which stands between a name and its cue. */
  private boolean isPartyTag(int k) {
    return k >= 0 && t.isWord(k) && PARTY_TAG.matcher(t.word(k)).matches();
  }

  /** Whether the clause ending at a comma began with "who"/"which" ("Swanson, who is a pastor in X, Colorado,"). */
  private boolean relativeClauseBefore(int comma, int from) {
    for (int j = comma - 1; j >= from && comma - j < MAX_APPOSITION; j--) {
      if (t.is(j, ',')) {
        return j + 1 < comma && (t.lower(j + 1).equals("who") || t.lower(j + 1).equals("which"));
      }
    }
    return false;
  }

  /** The name run ending at token k (inclusive), titles included, or null when it is no name. */
  private int[] nameRunBack(int k, int from) {
    int s = k;
    while (s - 1 >= from && (isNameToken(s - 1) || isTitle(s - 1) || t.lower(s - 1).equals("of")
        && s - 2 >= from && isTitle(s - 2)) && !t.breakBetween(t.end(s - 1), t.start(s))
        && !PersonExtractor.endsPossessive(t.word(s - 1))) {
      s--;
    }
    return t.isCapitalized(k) || s < k ? new int[] {s, k + 1} : null;
  }

  // ---- from a phrase to a canonical speaker ----

  private Speaker resolve(int[] np, int cueTok, int cueEnd, boolean explicit) {
    String cue = t.text.substring(t.start(cueTok), t.end(cueEnd - 1));
    String lemma = Cues.lemma(t.word(cueTok));
    if (lemma == null) {
      lemma = lemmaGuess(t.lower(cueTok));
    } else if (t.lower(cueTok).equals("according")) {
      lemma = "according to";
    }
    int from = Math.min(t.start(np[0]), t.start(cueTok));
    int to = Math.max(t.end(np[1] - 1), t.end(cueEnd - 1));
    int at = t.start(np[0]);
    if (np[1] - np[0] == 1 && isPronoun(np[0])) {
      String p = t.lower(np[0]);
      Gender g = p.equals("he") ? Gender.MALE : p.equals("she") ? Gender.FEMALE : null;
      if (g == null) {
        return new Speaker("", Speaker.PRONOUN, cue, lemma, explicit, from, to);
      }
      Person who = people.antecedent(g, at, Math.max(0, at - PRONOUN_WINDOW));
      if (who == null) {
        return new Speaker("", Speaker.PRONOUN, cue, lemma, explicit, from, to);
      }
      who.learnGender(g);
      people.spoke(who, at);
      return new Speaker(who.name(), Speaker.PRONOUN, cue, lemma, explicit, from, to);
    }
    List<String> words = new ArrayList<>();
    boolean capitalized = false;
    for (int k = np[0]; k < np[1]; k++) {
      words.add(t.word(k));
      capitalized |= t.isCapitalized(k) && !DETERMINERS.contains(t.lower(k));
    }
    int spokes = spokesForIndex(words);
    if (spokes > 0) {
      // "a spokesman for the Department of X" speaks for the department; "a spokesman for Clinton" is not Clinton
      List<String> principal = words.subList(spokes + 1, words.size());
      return orgWords(principal)
          ? new Speaker(organization(words), Speaker.ORGANIZATION, cue, lemma, explicit, from, to)
          : new Speaker(String.join(" ", unnamed(words)), Speaker.UNNAMED, cue, lemma, explicit, from, to);
    }
    if (orgWords(words) && hasJoiner(words) && !hasGivenNameOrTitle(words)) {
      return new Speaker(organization(words), Speaker.ORGANIZATION, cue, lemma, explicit, from, to);
    }
    String last = PersonExtractor.stripPossessive(t.lower(np[1] - 1));
    boolean nameLike = isNameToken(np[1] - 1) && !Lexicon.PERSON_NOUNS.contains(last)
        && !Lexicon.ORG_NOUNS.contains(last) && !PERSON_PLURALS.contains(last);
    List<String> nameWords = nameLike ? names.aliased(PersonExtractor.trimToGivenName(afterLastRoleWord(
        NameCanonicalizer.nameWords(String.join(" ", words))))) : List.of();
    if (nameLike && nameWords.isEmpty()) {
      return null;
    }
    Person known = nameLike ? people.find(nameWords, at) : null;
    if (nameLike && (known != null || !Lexicon.namesOrganization(nameWords))) {
      Person p = known; // "Rasmussen told reporters" after "Mayor Fergus Rasmussen" is the mayor, not the pollster
      if (p == null) {
        Gender g = nameWords.size() > 1 ? Genders.of(nameWords.get(0)) : Gender.UNKNOWN;
        p = people.mention(nameWords, g, at, true, true, false);
      }
      if (p == null) {
        return null;
      }
      p.markStrong();
      people.spoke(p, at);
      return new Speaker(p.name(), Speaker.NAMED, cue, lemma, explicit, from, to);
    }
    if (nameLike || capitalized && Lexicon.namesOrganization(words) && !hasGivenNameOrTitle(words)
        || isOrgHead(last) || hasOrgWord(words)) {
      return new Speaker(organization(words), Speaker.ORGANIZATION, cue, lemma, explicit, from, to);
    }
    List<String> description = new ArrayList<>();
    for (String w : words) {
      String l = w.toLowerCase(Locale.ROOT);
      if (!DETERMINERS.contains(l) && !l.equals("former")) {
        description.add(PersonExtractor.stripPossessive(l));
      }
    }
    Person p = people.described(description, at);
    if (p != null) {
      people.spoke(p, at);
      return new Speaker(p.name(), Speaker.DESCRIPTION, cue, lemma, explicit, from, to);
    }
    // nobody introduced fits: the description is the speaker ("said an Iowa Democrat" -> "Iowa Democrat")
    return new Speaker(String.join(" ", unnamed(words)), description.isEmpty() ? Speaker.DESCRIPTION : Speaker.UNNAMED,
        cue, lemma, explicit, from, to);
  }

  /**
   * "Democratic pollster Stan Greenberg", "Northern League leader Matteo Salvini": the capitalised words after the
   * last lower-case role word are the name; the modifiers before it (a party, an organisation) are not.
   */
  private static List<String> afterLastRoleWord(List<String> words) {
    for (int i = words.size() - 2; i >= 0; i--) {
      String w = words.get(i);
      if (Character.isLowerCase(w.charAt(0)) && (NameCanonicalizer.titleRole(w) != null
          || Lexicon.PERSON_NOUNS.contains(w))) {
        List<String> rest = words.subList(i + 1, words.size());
        return rest.stream().allMatch(r -> Character.isUpperCase(r.charAt(0))) ? rest : words;
      }
    }
    return words;
  }

  /** The words of an unresolved description without leading determiners ("an Iowa Democrat" -> "Iowa Democrat"). */
  private static List<String> unnamed(List<String> words) {
    int i = 0;
    while (i < words.size() && DETERMINERS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
      i++;
    }
    return words.subList(i, words.size());
  }

  private static boolean isOrgHead(String w) {
    return Lexicon.ORG_NOUNS.contains(w) && !PERSON_PLURALS.contains(w) || Lexicon.OUTLETS.contains(w);
  }

  /** "ministry spokespersons", "company officials": people speaking for an organisation named before them. */
  private static boolean hasOrgWord(List<String> words) {
    for (int i = 0; i < words.size() - 1; i++) {
      String l = words.get(i).toLowerCase(Locale.ROOT);
      if (Lexicon.ORG_NOUNS.contains(l) && !PERSON_PLURALS.contains(l)) {
        return PERSON_PLURALS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** "the company" -> "company", "ministry spokespersons" -> "ministry", "The New York Times" kept as named. */
  private static String organization(List<String> words) {
    List<String> out = new ArrayList<>(words);
    for (int i = 1; i < Math.min(out.size() - 1, 4); i++) {
      String l = out.get(i).toLowerCase(Locale.ROOT);
      if ((l.equals("for") || l.equals("at") || l.equals("of")) && isSpokesNoun(out.get(i - 1).toLowerCase(
          Locale.ROOT))) {
        out = new ArrayList<>(out.subList(i + 1, out.size())); // "a spokesman for the county" speaks for the county
        if (!out.isEmpty() && out.get(0).equalsIgnoreCase("the") && out.size() > 1) {
          out.remove(0);
        }
        return String.join(" ", out);
      }
    }
    while (!out.isEmpty() && DETERMINERS.contains(out.get(0).toLowerCase(Locale.ROOT))
        && !Character.isUpperCase(out.get(0).charAt(0))) {
      out.remove(0);
    }
    if (!out.isEmpty() && out.get(0).equals("The") && out.size() > 1 && (!Character.isUpperCase(out.get(1).charAt(0))
        || out.stream().anyMatch(w -> w.equals("of") || w.equals("for")))) {
      out.remove(0); // "The Department of Natural Resources" as "the Department of ..." mid-sentence
    }
    while (out.size() > 1 && PERSON_PLURALS.contains(out.get(out.size() - 1).toLowerCase(Locale.ROOT))) {
      out.remove(out.size() - 1);
    }
    return String.join(" ", out);
  }

  /** A rough lemma for a verb that is not on the cue list ("slammed" -> "slam"). */
  static String lemmaGuess(String w) {
    if (w.endsWith("ied") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() > 4) {
      String s = w.substring(0, w.length() - 2);
      int n = s.length();
      if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
        return s.substring(0, n - 1);
      }
      return s;
    }
    if (w.endsWith("es") && w.length() > 4 && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("sses"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
