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

  private static final Pattern LABELLED = Pattern.compile(
      "(?m)^[ \\t]*((?:[\\p{Lu}][\\p{L}.’'\\-]*)(?:[ \\t]+(?:[\\p{Lu}][\\p{L}.’'\\-]*|de|van|von|al|bin)){0,4})[ \\t]*:[ \\t]+(\\S[^\\n]*)$");
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

  List<Turn> read(String body, Tokens tokens, People people, List<QuoteSpan> quotes) {
    List<Turn> out = new ArrayList<>();
    transcript(body, people, quotes, out);
    blockQuotes(body, quotes, people, out);
    return out;
  }

  private void transcript(String body, People people, List<QuoteSpan> quotes, List<Turn> out) {
    Matcher m = LABELLED.matcher(body);
    List<int[]> lines = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    while (m.find()) {
      String label = m.group(1);
      String key = label.toLowerCase(Locale.ROOT);
      if (NOT_SPEAKERS.contains(key) && !key.equals("a")) {
        continue;
      }
      lines.add(new int[] {m.start(2), QuoteScanner.trimEnd(body, m.start(2), m.end(2)), m.start(1)});
      labels.add(label);
    }
    if (lines.size() < MIN_TURNS || lines.size() == MIN_TURNS && labels.get(0).equals(labels.get(1))) {
      return; // one label twice is a headline and its echo in a link list, not an interview
    }
    String lastPerson = null;
    for (int i = 0; i < lines.size(); i++) {
      String label = labels.get(i);
      int[] line = lines.get(i);
      String key = label.toLowerCase(Locale.ROOT);
      String speaker;
      if (key.equals("a") || key.equals("answer")) {
        speaker = lastPerson;
      } else if (isInterviewer(key)) {
        continue;
      } else {
        speaker = personLabel(label, people, line[2]);
        if (speaker == null) {
          continue;
        }
        lastPerson = speaker;
      }
      if (speaker == null || overlapsQuote(quotes, line[0], line[1])) {
        continue;
      }
      QuoteSpan span = new QuoteSpan(line[0], -1, List.of(new int[] {line[0], line[1]}));
      out.add(new Turn(span, new Speaker(speaker, Speaker.TRANSCRIPT, label + ":", "say", true, line[2],
          line[0])));
    }
  }

  private static boolean isInterviewer(String key) {
    return INTERVIEWER.contains(key) || Lexicon.OUTLETS.contains(key) || key.split(" ").length > 1
        && Lexicon.OUTLETS.contains(key.substring(0, key.indexOf(' ')));
  }

  /** A label that names a person: a known one, or a name with a title or a known given name. */
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
    Person known = people.find(capitalize(words), at);
    if (known != null) {
      return known.name();
    }
    boolean titled = words.size() < NameCanonicalizer.nameWords(label + " x").size()
        || !label.startsWith(words.get(0));
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
