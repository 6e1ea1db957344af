package io.crossfact.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech without quote marks: interview transcripts ({@code Dr. Mara Lind: ...} paragraphs, with {@code Q:},
 * {@code Interviewer:} or the outlet's own lines told apart and never given to the interviewee) and block quotes
 * attributed on the next line with a dash ({@code — Jane Holt, senator}).
 */
final class Transcripts {
  /** A speaker's turn: the words (as a span without marks) and who said them. */
  static final class Turn {
    final QuoteSpan span;
    final Speaker speaker;

    Turn(QuoteSpan span, Speaker speaker) {
      this.span = span;
      this.speaker = speaker;
    }
  }

  /**
   * A labelled line: the label (capitalised words), optionally a role set off by commas ({@code Dr. Nina Faroukh,
   * Senior Fellow, Institute for Regional Affairs:}), the colon, the words.
   */
  private static final Pattern LABELLED = Pattern.compile(
      "(?m)^[ \\t]*((?:[\\p{Lu}][\\p{L}.’'\\-]*)(?:[ \\t]+(?:[\\p{Lu}][\\p{L}.’'\\-]*|de|van|von|al|bin)){0,4})"
          + "(?:[ \\t]*,[ \\t]*([\\p{Lu}][^\\n:,.;!?“”\"]{1,60}(?:,[ \\t]*[\\p{Lu}][^\\n:,.;!?“”\"]{1,60})?))?"
          + "[ \\t]*:[ \\t]+(\\S[^\\n]*)$");
  /** Role words that make a label without a name the outlet's own staff ({@code Senior Editor:}), not a guest. */
  private static final Set<String> STAFF_ROLES = Set.of("editor", "correspondent", "reporter", "journalist",
      "writer", "columnist", "producer", "presenter", "host", "anchor", "interviewer", "moderator", "staff",
      "desk", "team", "newsroom", "contributor");
  private static final int MAX_HEADING_WORDS = 12;
  static final Pattern DASH_LINE = Pattern.compile(
      "(?m)^[ \\t]*([\\u2013\\u2014]|--?)[ \\t]*((?:[\\p{Lu}][\\p{L}.’'\\-]*)(?:[ \\t]+[\\p{Lu}][\\p{L}.’'\\-]*){0,4})"
          + "(?:[ \\t]*,[ \\t]*([^\\n]{1,80}?))?[ \\t]*$");
  private static final Set<String> INTERVIEWER = Set.of("q", "question", "interviewer", "host", "moderator",
      "reporter", "anchor", "questioner", "audience");
  private static final Set<String> NOT_SPEAKERS = Set.of("date", "updated", "posted", "source", "sources", "photo",
      "note", "related", "by", "tags", "tag", "category", "editor", "editors", "location", "time", "subject",
      "title", "image", "credit", "caption", "watch", "read", "listen", "email", "phone", "website", "warning",
      "update", "correction", "disclosure", "topics", "filed", "published", "share", "follow", "contact", "more",
      "see", "also", "ps", "p.s", "when", "where", "what", "why", "how", "who", "answer", "a", "but", "and",
      "because", "so", "then", "now", "here", "there", "this", "that", "step", "part", "chapter", "figure",
      "table", "example", "summary", "bottom line", "the bottom line", "breaking", "exclusive", "live",
      "opinion", "analysis", "background", "result", "results", "conclusion", "rule", "lesson", "verdict");
  private static final int MIN_TURNS = 2;
  private static final int MIN_BLOCK_WORDS = 4;

  private final NameCanonicalizer names;

  Transcripts(NameCanonicalizer names) {
    this.names = names;
  }

  /** The turns of the text; a role a speaker's label states is added to {@code roles}. */
  List<Turn> read(String body, Tokens tokens, People people, List<QuoteSpan> quotes, List<RoleMention> roles) {
    List<Turn> out = new ArrayList<>();
    transcript(body, people, quotes, out, roles);
    blockQuotes(body, quotes, people, out);
    return out;
  }

  private record Line(String label, int labelStart, int roleStart, int roleEnd, String role, int from, int to) {}

  private void transcript(String body, People people, List<QuoteSpan> quotes, List<Turn> out,
      List<RoleMention> roles) {
    Matcher m = LABELLED.matcher(body);
    List<Line> lines = new ArrayList<>();
    while (m.find()) {
      String label = m.group(1);
      String key = label.toLowerCase(Locale.ROOT);
      if (NOT_SPEAKERS.contains(key) && !key.equals("a")) {
        continue;
      }
      lines.add(new Line(label, m.start(1), m.start(2), m.end(2), m.group(2), m.start(3),
          QuoteScanner.trimEnd(body, m.start(3), m.end(3))));
    }
    if (lines.size() < MIN_TURNS || lines.size() == MIN_TURNS && lines.get(0).label.equals(lines.get(1).label)) {
      return; // one label twice is a headline and its echo in a link list, not an interview
    }
    String lastPerson = null;
    Set<String> speakers = new java.util.HashSet<>();
    for (Line line : lines) {
      String label = line.label;
      String key = label.toLowerCase(Locale.ROOT);
      String speaker;
      if (key.equals("a") || key.equals("answer")) {
        speaker = lastPerson;
      } else if (isInterviewer(key) || isStaffRole(label, line.role)) {
        continue;
      } else {
        speaker = personLabel(label, people, line.labelStart);
        if (speaker == null || !speakers.contains(speaker) && !titled(label) && line.role == null
            && isHeading(body, line.from, line.to)) {
          continue; // "Water Rights: A Long-Running Dispute": a section heading, not a turn
        }
        lastPerson = speaker;
        speakers.add(speaker);
        if (line.role != null) {
          addRole(people, speaker, line, roles);
        }
      }
      if (speaker == null || overlapsQuote(quotes, line.from, line.to)) {
        continue;
      }
      QuoteSpan span = new QuoteSpan(line.from, -1, List.of(new int[] {line.from, line.to}));
      out.add(new Turn(span, new Speaker(speaker, Speaker.TRANSCRIPT, label + ":", "say", true, line.labelStart,
          line.from)));
    }
  }

  /**
   * The words after a label read as a heading: short, no full stop or question at the end, and title-case
   * ({@code Tariffs and the Border}, {@code A Long-Running Dispute}) or a phrase without a verb's sentence end.
   */
  static boolean isHeading(String body, int from, int to) {
    char last = body.charAt(to - 1);
    if (".?!\u2026\"\u201D\u2019)".indexOf(last) >= 0) {
      return false;
    }
    int words = 0;
    int caps = 0;
    int functionWords = 0;
    boolean atWord = false;
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (Character.isLetterOrDigit(c) && !atWord) {
        words++;
        int e = i;
        while (e < to && Character.isLetter(body.charAt(e))) {
          e++;
        }
        String w = body.substring(i, e).toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(c)) {
          caps++;
        } else if (Lexicon.NOT_NAMES.contains(w)) {
          functionWords++;
        }
      }
      atWord = Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }
    return words <= MAX_HEADING_WORDS && (caps * 10 >= (words - functionWords) * 7 || words <= 6);
  }

  /** A label with an honorific or a title before the name ({@code Dr. Nina Faroukh}, {@code Senator Holt}). */
  private static boolean titled(String label) {
    for (String w : label.split("[ \\t]+")) {
      String bare = NameCanonicalizer.bare(w);
      if (NameCanonicalizer.TITLES.containsKey(bare) || NameCanonicalizer.HONORIFICS.containsKey(bare)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Senior Editor", "Daily-Globe-Report Senior Editor": a role and the outlet, no name; the interviewer, however
   * the outlet writes it.
   */
  private static boolean isStaffRole(String label, String role) {
    if (role != null) {
      return false;
    }
    String[] words = label.toLowerCase(Locale.ROOT).split("[ \t]+");
    String last = words[words.length - 1];
    if (!STAFF_ROLES.contains(last)) {
      return false;
    }
    for (String w : words) {
      if (Genders.isKnownFirstName(capitalizeWord(w))) {
        return false;
      }
    }
    return true;
  }

  private static String capitalizeWord(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** The role a speaker's label states: "Senior Fellow, Institute for Regional Affairs" -> "... at ...". */
  private static void addRole(People people, String speaker, Line line, List<RoleMention> roles) {
    Person p = people.find(List.of(speaker.split(" ")), line.labelStart + 1);
    if (p == null) {
      p = people.mention(List.of(speaker.split(" ")), Gender.UNKNOWN, line.labelStart, true, true, false);
    }
    if (p == null) {
      return;
    }
    String role = line.role.strip();
    int comma = role.indexOf(',');
    if (comma > 0) {
      String org = role.substring(comma + 1).strip();
      role = role.substring(0, comma).strip() + (org.isEmpty() ? "" : " at " + org);
    }
    p.addRole(role);
    roles.add(new RoleMention(p, role, "", line.roleStart, line.roleEnd));
  }

  private static boolean isInterviewer(String key) {
    return INTERVIEWER.contains(key) || Lexicon.OUTLETS.contains(key) || key.split(" ").length > 1
        && Lexicon.OUTLETS.contains(key.substring(0, key.indexOf(' ')));
  }

  /**
   * A label that names a person: one the article names (with evidence: a title, a given name, a quote, or a full
   * name met before the label), or a name
   * with a title or a known given name. Capitals alone ("Main Talking Points") are no person.
   */
  private String personLabel(String label, People people, int at) {
    List<String> words = NameCanonicalizer.nameWords(label);
    if (words.isEmpty()) {
      return null;
    }
    for (String w : words) {
      if (Lexicon.isOrgWord(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    boolean titled = titled(label);
    Person known = people.find(capitalize(words), at);
    if (known != null && (known.isStrong() || titled || Genders.isKnownFirstName(capitalize(words).get(0))
        || known.introducedAt() < at && words.size() > 1)) { // named before, in the running text
      return known.name();
    }
    if (words.size() > 1 && (titled || Genders.isKnownFirstName(words.get(0)))) {
      return names.canonical(String.join(" ", capitalize(words)));
    }
    return null;
  }

  /** "TRUMP" -> "Trump", so an all-caps label finds the person the article named in normal case. */
  private static List<String> capitalize(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
      out.add(allCaps ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
    }
    return out;
  }

  /** Paragraphs without quote marks followed by a dash line naming who said them. */
  private void blockQuotes(String body, List<QuoteSpan> quotes, People people, List<Turn> out) {
    Matcher m = DASH_LINE.matcher(body);
    while (m.find()) {
      int lineStart = m.start();
      int prevEnd = QuoteScanner.trimEnd(body, 0, lineStart);
      if (prevEnd == 0) {
        continue;
      }
      int prevStart = body.lastIndexOf('\n', prevEnd - 1) + 1;
      while (prevStart < prevEnd && Character.isWhitespace(body.charAt(prevStart))) {
        prevStart++;
      }
      QuoteSpan block = new QuoteSpan(prevStart, -1, List.of(new int[] {prevStart, prevEnd}));
      if (overlapsQuote(quotes, prevStart, prevEnd) || block.words(body) < MIN_BLOCK_WORDS) {
        continue;
      }
      String name = dashSpeaker(m.group(2), people, m.start(2));
      if (name.isEmpty()) {
        continue;
      }
      out.add(new Turn(block, new Speaker(name, Speaker.NAMED, m.group(1), "say", true, prevStart, m.end())));
    }
  }

  /** The canonical name on a dash line ("Senator Holt" -> the Jane Holt named earlier). */
  String dashSpeaker(String written, People people, int at) {
    List<String> words = NameCanonicalizer.nameWords(written);
    if (words.isEmpty()) {
      return "";
    }
    Person p = people.find(words, at);
    return p != null ? p.name() : names.canonical(written);
  }

  /**
   * Whether a quote overlaps [s, e). The scanner's quotes are in text order and do not overlap, so only the last one
   * opening before {@code e} can reach past {@code s}: a binary search, not a scan per transcript line.
   */
  static boolean overlapsQuote(List<QuoteSpan> quotes, int s, int e) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).open < e) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && quotes.get(lo - 1).after() > s;
  }

}
