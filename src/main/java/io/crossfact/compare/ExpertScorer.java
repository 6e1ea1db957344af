package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.config.Lexicons;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.normalize.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Scores the experts quoted in one article for signs that they were made up: nobody else has heard of them, a
 * placeholder name, an institution that identifies nothing, a quote with nothing checkable in it, a crowd of such
 * experts, a content-farm page. Each signal adds its configured weight; an expert at or above
 * {@code expert.threshold} is a {@code suspect_expert}. No single signal reaches the default threshold: a real analyst
 * quoted once by one outlet is "unseen" and nothing else.
 */
public final class ExpertScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String UNSEEN = "unseen";
  static final String GENERIC_NAME = "generic-name";
  static final String VAGUE_INSTITUTION = "vague-institution";
  static final String GENERIC_QUOTE = "generic-quote";
  static final String MANY_EXPERTS = "many-experts";
  static final String CONTENT_FARM = "content-farm";

  private static final Pattern EXPERT_ROLE = Pattern.compile("(?<![a-z])(dr|doctor|professor|prof|analyst|fellow|"
      + "researcher|research|director|economist|expert|scientist|specialist|strategist|scholar|lecturer|consultant|"
      + "epidemiologist|psychologist|sociologist|historian|physician)(?![a-z])");
  private static final List<String> GENERIC_PHRASES = List.of("it is important", "it's important",
      "remains to be seen", "complex issue", "complicated issue", "only time will tell", "experts agree",
      "time will tell", "many factors", "a number of factors", "it is crucial", "it's crucial", "it is essential",
      "it's essential", "going forward", "moving forward", "at the end of the day", "cannot be overstated",
      "can't be overstated", "plays a crucial role", "plays a key role", "plays a vital role", "a delicate balance",
      "the bigger picture", "in the long run", "stakeholders", "a wide range of", "careful consideration",
      "it is clear that", "it's clear that", "there is no doubt", "needs to be addressed", "we need to be careful",
      // hedges and platitudes that fill a fabricated expert's mouth: they predict nothing and name nothing
      "turning point", "wake-up call", "wake up call", "what happens next", "far-reaching", "will unfold",
      "how it plays out", "how this plays out", "common ground", "both sides", "all sides", "dust to settle",
      "dust settles", "strong message", "sends a message", "broader trend", "no simple answer", "no easy answer",
      "no easy solution", "no simple solution", "no silver bullet", "the right balance", "strike a balance",
      "remains fluid", "bigger picture", "at stake", "deserve to be heard", "overreact", "nobody can predict",
      "no one can predict", "hard to predict", "difficult to predict", "saw this coming", "somewhere in the middle",
      "valid points", "the real question", "step in the right direction", "double-edged sword", "a long way to go",
      "easier said than done", "a lot of uncertainty", "game changer", "game-changer", "pivotal moment",
      "critical juncture", "at a crossroads", "devil is in the details", "wait and see", "moving parts",
      "delicate situation", "all stakeholders", "paradigm shift", "direction things are moving",
      "not only about", "not just about", "will depend on", "depends on many", "understandably concerned",
      "those concerns", "transparency will be", "implications are significant", "significant implications",
      "stay vigilant", "remain vigilant", "continues to evolve", "the situation evolves", "lessons to be learned",
      "a complex picture", "a nuanced issue", "no one-size-fits-all", "one size fits all");
  private static final Set<String> GENERIC_VOCAB = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
      "on", "for", "with", "as", "at", "by", "from", "that", "this", "these", "those", "it", "it's", "its", "is",
      "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "may", "might", "can", "must",
      "we", "they", "there", "their", "our", "us", "you", "i", "what", "how", "which", "who", "when", "all", "more",
      "very", "many", "some", "much", "not", "no", "so", "if", "do", "does", "have", "has", "had", "important",
      "crucial", "essential", "significant", "clear", "complex", "issue", "issues", "situation", "factors", "factor",
      "impact", "impacts", "challenge", "challenges", "approach", "balance", "consider", "careful", "carefully",
      "need", "needs", "remains", "remain", "seen", "time", "tell", "future", "people", "things", "thing", "way",
      "ways", "really", "certainly", "definitely", "likely", "potential", "potentially", "broader", "wider",
      "overall", "also", "both", "every", "everyone", "experts", "agree", "going", "forward", "about", "than",
      "just", "only", "well", "sure", "think", "believe", "see", "look", "policy", "policies", "decision", "decisions",
      "makers", "stakeholders", "concerns", "concern", "question", "questions", "aspects", "long", "term", "run",
      "outcome", "outcomes", "depend", "depends", "sides", "side", "simple", "easy", "answer", "answers", "here",
      "nobody", "anyone", "anybody", "somebody", "someone", "saw", "coming", "prepared", "effects", "effect", "felt",
      "across", "together", "common", "ground", "point", "points", "turning", "change", "changes", "quickly",
      "trend", "trends", "years", "building", "play", "plays", "interact", "complicated", "right", "competing",
      "priorities", "real", "happens", "next", "strong", "message", "predict", "exactly", "unfold", "delicate",
      "thinking", "implications", "involved", "stake", "valid", "truth", "middle", "matter", "matters", "moment",
      "moving", "direction", "doubt", "hard", "difficult", "often", "always", "never", "now", "then",
      "still", "yet", "one", "something", "nothing", "everything", "kind", "sort", "lot", "lots", "part", "whole",
      "general", "different", "same", "other", "others", "such", "any", "make", "makes", "made", "take", "takes",
      "get", "gets", "come", "comes", "happen", "happening", "happened", "understand", "understanding", "know",
      "known", "uncertain", "uncertainty", "deeper", "broad", "certain", "fact", "indeed",
      "whether", "because", "while", "into", "over", "out", "up", "down", "again", "even", "perhaps", "maybe");

  private final CrossfactConfig config;
  private final double threshold;
  private final Map<String, Double> weights = new LinkedHashMap<>();

  public ExpertScorer(CrossfactConfig c) {
    this.config = c;
    this.threshold = c.getDouble(Key.EXPERT_THRESHOLD);
    weights.put(UNSEEN, c.getDouble(Key.EXPERT_WEIGHT_UNSEEN));
    weights.put(GENERIC_NAME, c.getDouble(Key.EXPERT_WEIGHT_GENERIC_NAME));
    weights.put(VAGUE_INSTITUTION, c.getDouble(Key.EXPERT_WEIGHT_VAGUE_INSTITUTION));
    weights.put(GENERIC_QUOTE, c.getDouble(Key.EXPERT_WEIGHT_GENERIC_QUOTE));
    weights.put(MANY_EXPERTS, c.getDouble(Key.EXPERT_WEIGHT_MANY_EXPERTS));
    weights.put(CONTENT_FARM, c.getDouble(Key.EXPERT_WEIGHT_CONTENT_FARM));
  }

  /** One quoted person of the article and what we learned about them. */
  private static final class Expert {
    String name;
    /** The subjects as the extraction wrote them: the corpus-wide counts are keyed by these. */
    final java.util.Set<String> written = new java.util.LinkedHashSet<>();
    /** A quote whose speaker this scorer read from a titled name in the quote's sentence. */
    boolean titledInSentence;
    final List<Assertion> quotes = new ArrayList<>();
    final List<Assertion> roles = new ArrayList<>();
    final Map<String, String> fired = new LinkedHashMap<>();
    String institution = "";

    Expert(String name) {
      this.name = name;
    }
  }

  /**
   * Suspect experts of one article, sorted (score, then id).
   *
   * @param articleMarkers the article's content-farm markers, ';'-separated (may be empty)
   * @param articleAssertions the article's assertions; quotes and roles are used, the rest ignored
   * @param independentClustersMentioning how many copy clusters (independent reports) mention a name, this one included
   */
  public List<Finding> score(String articleMarkers, List<Assertion> articleAssertions,
      ToIntFunction<String> independentClustersMentioning) {
    List<Assertion> sorted = new ArrayList<>(articleAssertions);
    sorted.sort(Findings.CHRONOLOGICAL);
    List<Expert> people = new ArrayList<>();
    for (Assertion a : sorted) {
      if (!Assertion.QUOTE.equals(a.getKind())) {
        continue;
      }
      String name = readName(a.getSubject());
      boolean person = !name.isEmpty() && !a.getSpeakerKind().startsWith("organi")
          && !"unnamed".equals(a.getSpeakerKind());
      // a titled name in the quote's own sentence wins over nobody, a bare title, an institution, or a speaker
      // carried from an earlier sentence who is not in this one
      String titled = person && TitledSpeakers.namedIn(a, name) ? "" : TitledSpeakers.in(a);
      if (!titled.isEmpty()) {
        Expert e = person(people, titled, true);
        e.quotes.add(a);
        e.titledInSentence = true;
        e.written.add(titled);
      } else if (person) {
        Expert e = person(people, name, true);
        e.quotes.add(a);
        e.written.add(a.getSubject());
      }
    }
    for (Assertion a : sorted) {
      if (Assertion.ROLE.equals(a.getKind()) && !a.getSubject().isEmpty()) {
        Expert e = person(people, readName(a.getSubject()), false);
        if (e != null) {
          e.roles.add(a);
          e.written.add(a.getSubject());
        }
      }
    }
    List<String> markers = markers(articleMarkers);
    List<Expert> experts = new ArrayList<>();
    for (Expert e : people) {
      if (!expertStyle(e)) {
        continue;
      }
      experts.add(e);
      int clusters = 0;
      for (String w : e.written) {
        clusters = Math.max(clusters, independentClustersMentioning.applyAsInt(w));
      }
      if (clusters <= 1 && !inRoster(e.name)) {
        e.fired.put(UNSEEN, "no other independent report mentions " + e.name);
      }
      if (Names.listed(config.lexicons().genericNames(), e.name)) {
        e.fired.put(GENERIC_NAME, "the name is one that fabricated sources commonly carry");
      }
      String vague = vagueInstitution(e);
      if (vague != null) {
        e.fired.put(VAGUE_INSTITUTION, vague);
      }
      // the quote right after the introduction speaks for the expert; a later "he said" may be the extraction
      // handing the expert a real speaker's words, so half of the quotes is enough once the first is empty
      int generic = 0;
      for (Assertion q : e.quotes) {
        generic += isGenericQuote(q.getValue()) ? 1 : 0;
      }
      if (!e.quotes.isEmpty() && isGenericQuote(e.quotes.get(0).getValue()) && 2 * generic >= e.quotes.size()) {
        e.fired.put(GENERIC_QUOTE, "the quote says nothing checkable (no figure, no name, stock phrases)");
      }
    }
    List<Expert> weak = new ArrayList<>();
    for (Expert e : experts) {
      if (e.fired.size() >= 2) {
        weak.add(e);
      }
    }
    if (weak.size() >= 2) {
      for (Expert e : weak) {
        e.fired.put(MANY_EXPERTS, weak.size() + " experts in this article show two or more of these signs");
      }
    }
    if (!markers.isEmpty()) {
      for (Expert e : experts) {
        // a farm that copies a real source's checkable words does not make the source fake: the page counts
        // against the experts whose quotes say nothing checkable
        if (!e.fired.containsKey(GENERIC_QUOTE)) {
          continue;
        }
        e.fired.put(CONTENT_FARM, "the page has content-farm markers (" + String.join(", ", markers) + ")");
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Expert e : experts) {
      Finding f = finding(e);
      if (f != null) {
        out.add(f);
      }
    }
    return Findings.dedupeAndSort(out);
  }

  private Finding finding(Expert e) {
    double sum = 0;
    StringBuilder signals = new StringBuilder();
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      String why = e.fired.get(w.getKey());
      if (why != null) {
        sum += w.getValue();
        signals.append(signals.length() == 0 ? "" : ";").append(w.getKey()).append('=')
            .append(Findings.fmt(w.getValue()));
        reasons.add(why);
      }
    }
    double score = Findings.score(sum);
    if (score < threshold || e.quotes.isEmpty()) {
      return null;
    }
    Assertion quote = e.quotes.get(0);
    for (Assertion q : e.quotes) {
      if (isGenericQuote(q.getValue())) {
        quote = q;
        break;
      }
    }
    String role = roleText(e);
    Finding f = new Finding();
    f.setType(Finding.SUSPECT_EXPERT);
    f.setSubject(e.name);
    f.setKey(e.name);
    f.setId(Finding.stableId(Finding.SUSPECT_EXPERT, e.name, quote.getArticleId()));
    f.sideA(quote, quote.getValue());
    f.setScore(score);
    f.setSeverity(config.severityOf(score));
    f.setSignals(signals.toString());
    f.setExplanation(String.format(Locale.ROOT,
        "%s%s may not be a real expert: %s. Verify the person and the institution exist before relying on the quote.",
        e.name, role.isEmpty() ? "" : " (" + Findings.clip(role, 80) + ")", String.join("; ", reasons)));
    return f;
  }

  /** The group of a name, merging "Carter" into "Emily Carter"; roles only attach to people who are quoted. */
  private static Expert person(List<Expert> people, String name, boolean create) {
    for (Expert e : people) {
      if (Names.samePerson(e.name, name)) {
        if (create) {
          e.name = Names.fuller(e.name, name); // the name comes from how the article quotes the person
        }
        return e;
      }
    }
    if (!create) {
      return null;
    }
    Expert e = new Expert(name);
    people.add(e);
    return e;
  }

  private static boolean expertStyle(Expert e) {
    if (e.titledInSentence) {
      return true;
    }
    for (Assertion r : e.roles) {
      if (EXPERT_ROLE.matcher(TextNormalizer.normalize(r.getValue())).find()) {
        return true;
      }
    }
    String surname = Pattern.quote(Names.surname(e.name));
    // "Dr.Paul Ostrander" (no space after the title) is as titled as "Dr. Paul Ostrander"; "Drew Ostrander" is not
    Pattern titled = Pattern.compile("(?<![a-z])(dr\\.\\s*|dr\\s+|doctor\\s+|professor\\s+|prof\\.\\s*)"
        + "([a-z.'\u2019-]+\\s+)?" + surname + "(?![a-z])");
    for (Assertion q : e.quotes) {
      if (titled.matcher(TextNormalizer.normalize(q.getText())).find()
          || EXPERT_ROLE.matcher(TextNormalizer.normalize(appositive(q, e.name))).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern GLUED_TITLE = Pattern.compile(
      "^(?i)(?:dr|prof|professor|doctor|mr|mrs|ms)\\.\\s*(?=\\p{L})");

  /**
   * The subject as one person, however the page typed it: a title glued to the name dropped ({@code Dr.Paul
   * Ostrander}), a name in capitals or in lower case written in title case ({@code DR. ROSA ALVARO}); empty when
   * nothing but a title is left ({@code DR.}).
   */
  static String readName(String subject) {
    String s = subject == null ? "" : subject.trim();
    String before;
    do {
      before = s;
      s = GLUED_TITLE.matcher(s).replaceFirst("").trim();
    } while (!s.equals(before));
    if (!s.matches(".*\\p{L}{2,}.*") || Names.tokens(s).isEmpty()
        || Names.tokens(s).size() == 1 && Names.TITLES.contains(Names.tokens(s).get(0))) {
      return "";
    }
    boolean upper = s.equals(s.toUpperCase(Locale.ROOT));
    boolean lower = s.equals(s.toLowerCase(Locale.ROOT));
    if (upper || lower) {
      StringBuilder b = new StringBuilder();
      for (String w : s.split("\\s+")) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(TitledSpeakers.titleCase(w));
      }
      s = b.toString();
    }
    return s;
  }

  /**
   * The words after "<name>, " in a quote's sentence, outside the quote, up to the next quotation mark or the end
   * of the sentence: the appositive the attribution gives the speaker ("research director at the X Association").
   * Empty when the name is not followed by a comma.
   */
  static String appositive(Assertion quote, String name) {
    String text = quote.getText() == null ? "" : quote.getText();
    String value = quote.getValue() == null ? "" : quote.getValue();
    int v = value.isEmpty() ? -1 : text.indexOf(value);
    String outside = v < 0 ? text : text.substring(0, v) + " \u201D " + text.substring(v + value.length());
    String surname = Names.surname(name);
    if (surname.isEmpty()) {
      return "";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(surname)
        + "\\b(?:,\\s*([^\"\u201C\u201D]+)|\\s*\\(([^()\"\u201C\u201D]+)\\))").matcher(outside);
    if (!m.find()) {
      return "";
    }
    String found = m.group(1) != null ? m.group(1) : m.group(2);
    return found.replaceAll("[.;:]\\s*$", "").trim();
  }

  /** Why the expert's institution identifies nothing, or null when one role names a specific institution. */
  private String vagueInstitution(Expert e) {
    List<String> vague = new ArrayList<>();
    boolean any = false;
    for (Assertion r : e.roles) {
      RoleParser.Role role = RoleParser.parse(r.getValue(), r.getQualifier());
      String inst = role.institution;
      String matched = matchVague(inst);
      if (matched == null) {
        matched = matchVague(TextNormalizer.normalize(r.getValue()));
      }
      if (matched != null) {
        any = true;
        vague.add(inst.isEmpty() ? r.getValue().trim() : RoleParser.asWritten(r.getValue(), inst));
      } else if (!inst.isEmpty()) {
        e.institution = inst;
        return null;
      }
    }
    if (!any) {
      // the attribution's own appositive ("said Dr. Ann Lee, research director at the Delta Hospital Association")
      // names the institution even when the role the extractor kept ("doctor") does not
      for (Assertion q : e.quotes) {
        String apposition = appositive(q, e.name);
        if (apposition.isEmpty()) {
          continue;
        }
        String inst = RoleParser.parse(apposition, "").institution;
        if (!inst.isEmpty() && matchVague(inst) == null && matchVague(TextNormalizer.normalize(apposition)) == null) {
          e.institution = inst;
          return null;
        }
      }
    }
    if (any) {
      return "the institution identifies nothing checkable (" + String.join(", ", vague) + ")";
    }
    return "no institution is named";
  }

  /**
   * An institution met with an indefinite article names none: "a professor at a state university", "an economist
   * with a private research firm", "a researcher at an independent policy institute".
   */
  private static final Pattern UNNAMED_INSTITUTION = Pattern.compile("(?<![a-z])(?:at|of|with|from|for)\\s+(an?\\s+"
      + "(?:[a-z-]+\\s+){0,3}(?:university|college|institute|institution|think tank|research (?:center|centre|group)"
      + "|firm|school|lab|laboratory|foundation|consultancy|agency|organization|organisation|company|hospital"
      + "|academy|center|centre|group))(?![a-z])");

  private String matchVague(String text) {
    java.util.regex.Matcher unnamed = UNNAMED_INSTITUTION.matcher(TextNormalizer.normalize(text));
    if (unnamed.find()) {
      return unnamed.group(1);
    }
    String t = stripArticle(Lexicons.key(text));
    if (t.isEmpty()) {
      return null;
    }
    for (String entry : config.lexicons().vagueInstitutions()) {
      String v = stripArticle(entry);
      if (v.endsWith("*")) {
        String prefix = v.substring(0, v.length() - 1).trim();
        // "at the Center for Public Strategy", not "the Marist College Institute for Public Opinion": a name
        // before the prefix makes the institution a named one
        if (!prefix.isEmpty() && (t.startsWith(prefix + " ")
            || Pattern.compile("(?:(?<![a-z])(?:the|at|of|with|from)\\s+|,\\s*)" + Pattern.quote(prefix) + "\\s")
                .matcher(t).find())) {
          return entry;
        }
      } else if (t.equals(v) || t.endsWith(" " + v) || t.startsWith(v + " ")) {
        return entry;
      }
    }
    return null;
  }

  private static String stripArticle(String s) {
    return s.replaceAll("^(the|a|an)\\s+", "").trim();
  }

  private boolean inRoster(String name) {
    List<String> t = Names.tokens(name);
    for (Lexicons.RosterEntry r : config.lexicons().roster()) {
      if (Names.tokens(r.name).equals(t)) {
        return true;
      }
    }
    return false;
  }

  private static String roleText(Expert e) {
    for (Assertion r : e.roles) {
      if (EXPERT_ROLE.matcher(TextNormalizer.normalize(r.getValue())).find()) {
        return r.getValue().trim();
      }
    }
    return e.roles.isEmpty() ? "" : e.roles.get(0).getValue().trim();
  }

  /**
   * A quote with nothing checkable: no number, no proper noun, and either a stock phrase or mostly generic words.
   */
  static boolean isGenericQuote(String quote) {
    List<String> words = TextNormalizer.words(quote);
    if (words.isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (QuoteComparer.numberValue(w) != null && !w.equals("one")) {
        return false;
      }
    }
    if (hasProperNoun(quote)) {
      return false;
    }
    String n = TextNormalizer.normalize(quote);
    for (String p : GENERIC_PHRASES) {
      if (n.contains(p)) {
        return true;
      }
    }
    int generic = 0;
    for (String w : words) {
      if (GENERIC_VOCAB.contains(w)) {
        generic++;
      }
    }
    return words.size() >= 6 && generic >= 0.85 * words.size();
  }

  /** A capitalised word that does not open a sentence (and is not "I"). */
  private static boolean hasProperNoun(String quote) {
    String[] tokens = quote.trim().split("\\s+");
    boolean sentenceStart = true;
    for (String raw : tokens) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !sentenceStart && !w.startsWith("I'")
          && !w.equals("I") && !w.replaceAll("[^\\p{L}]", "").equals("I")) {
        return true;
      }
      sentenceStart = raw.matches(".*[.!?:][\"'\u201D\u2019)]*$") || w.isEmpty() && sentenceStart;
    }
    return false;
  }

  /**
   * Markers that speak of a content farm. A share prompt does not: every news site has share buttons, and counting
   * them flagged real experts quoted once on ordinary pages.
   */
  static final java.util.Set<String> FARM_MARKERS = java.util.Set.of("comment-prompt", "chatbot-widget",
      "repeated-sections", "keyword-stuffed-headings", "clickbait");

  private static List<String> markers(String s) {
    List<String> out = new ArrayList<>();
    for (String m : s.split(";")) {
      if (FARM_MARKERS.contains(m.trim())) {
        out.add(m.trim());
      }
    }
    return out;
  }
}
