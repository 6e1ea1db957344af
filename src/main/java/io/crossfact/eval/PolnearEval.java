package io.crossfact.eval;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.eval.perturb.GoldSpans;
import io.crossfact.eval.perturb.OffsetMap;
import io.crossfact.eval.perturb.Perturbed;
import io.crossfact.extract.NameCanonicalizer;
import io.crossfact.extract.QuoteExtractor;
import io.crossfact.model.Article;
import io.crossfact.model.Assertion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@link QuoteExtractor} against PolNeAR ({@code text/*.txt}, {@code attributions/*.ann}).
 *
 * <p><b>Gold quotes</b>: segments between quote marks (curly or straight; an unclosed one runs to the end of its
 * Content range) of four or more words inside the Content span of an annotated attribution; the speaker is that
 * attribution's Source text. One annotator per article: the first {@code .ann} file by sorted name.
 *
 * <p><b>Matching</b>: an extracted quote of four or more words that opens with a quote mark matches a gold quote when their overlap covers at
 * least half of the gold quote, or half of the extracted one.
 *
 * <p><b>Speaker rule</b>: the last word of our canonical speaker (possessive dropped) must be one of the words of
 * the reference. For a named gold Source (one that ends in a capitalised word, see {@link #sourceKind}) the
 * reference is the Source text itself ({@code Spokeswoman Haley Morris}). PolNeAR has no coreference links, so for
 * a pronoun Source ({@code he}, {@code she}) and a description ({@code the gambling tycoon}) the reference is
 * derived: the closest preceding gold Source in the article that is a name — the antecedent a reader would pick —
 * skipping, for he/she, names whose given name or honorific (here or at another mention of the surname) says the
 * other gender and bodies or groups ({@code The FBI}); for a relative {@code who}, the name right before it
 * ({@code Mike Lee, who declared}). The first version of the measure (nearest named Source, no gender check) is
 * printed beside it for the trend. A description also counts as right when our speaker's last word is in the
 * description itself.
 */
public final class PolnearEval {
  static final int MIN_WORDS = 4;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "who", "you", "him",
      "her", "them", "his", "its", "their", "us", "me");
  private static final Set<String> NOT_NAME_CAPS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
      "that", "these", "those", "one", "some", "many", "most", "several", "another", "other", "he", "she", "they",
      "it", "we", "i", "who", "both", "all", "in", "on", "at", "according");

  /** First words of a named Source that is no single person, so never what "he" or "she" means ("The FBI"). */
  private static final Set<String> GROUP_OPENERS = Set.of("the", "republicans", "democrats", "others", "senate",
      "house", "officials", "aides", "critics", "supporters");

  /** Speaker kinds that name no person: right for a referent the article never names. */
  private static final Set<String> NAMES_NOBODY = Set.of("unnamed", "organization", "");

  private PolnearEval() {}

  /** Runs the extractor over every annotated article of the directory and scores it. */
  public static Result evaluate(Path polnearDir, QuoteExtractor ex) {
    return evaluate(polnearDir, ex, Map.of());
  }

  /**
   * As above, also scoring pronoun speakers against hand-checked referents ({@link #readReferents}): article id to
   * the offset of a pronoun Source to the person it means.
   */
  public static Result evaluate(Path polnearDir, QuoteExtractor ex, Map<String, Map<Integer, Referent>> referents) {
    Result r = new Result();
    r.referents = referents;
    for (Map.Entry<String, Path> e : annotations(polnearDir).entrySet()) {
      Path txt = polnearDir.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.isRegularFile(txt)) {
        continue;
      }
      String text = read(txt);
      BratDocument ann = BratDocument.parse(read(e.getValue()));
      scoreArticle(e.getKey(), text, ann, ex.extract(article(e.getKey(), text)), r);
    }
    return r;
  }

  public static Article article(String id, String text) {
    Article a = new Article();
    a.setArticleId(id);
    a.setText(text);
    a.setBody(text);
    return a;
  }

  /** The person a pronoun Source means, as a reader checked it, and the sample it belongs to (dev, test). */
  public record Referent(String name, String set) {}

  /**
   * Hand-checked referents of pronoun Sources: a TSV with a header and the columns article_id, source_offset,
   * pronoun, referent (the person's name; {@code -} for a person the article never names; {@code ?} when the reader
   * could not tell — such rows are skipped), then optionally confidence, note and set (default {@code all}).
   */
  public static Map<String, Map<Integer, Referent>> readReferents(Path tsv) {
    Map<String, Map<Integer, Referent>> out = new TreeMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < 4 || f[3].isBlank() || f[3].strip().equals("?")) {
        continue;
      }
      String set = f.length > 6 && !f[6].isBlank() ? f[6].strip() : "all";
      try {
        out.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1].strip()),
            new Referent(f[3].strip(), set));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": source_offset '" + f[1] + "' is no number");
      }
    }
    return out;
  }

  /** Article id to its first annotation file by sorted name ({@code <id>_<annotator>.ann}). */
  public static Map<String, Path> annotations(Path dir) {
    Map<String, Path> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      files.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String name = p.getFileName().toString();
        String base = name.substring(0, name.length() - 4);
        int us = base.lastIndexOf('_');
        out.putIfAbsent(us > 0 ? base.substring(0, us) : base, p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.resolve("attributions"), e);
    }
    return out;
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  /**
   * One gold quote: its span, the Source text and where that Source sits. {@code key} is the quote's start in the
   * clean text, so a quote keeps its identity in a perturbed copy (see {@link ArticleGold#mapped}).
   */
  static final class Gold {
    final int start;
    final int end;
    final String source;
    final int sourceAt;
    final int contentLength;
    final int key;
    /** The Source offset in the clean text: what hand-checked referents are keyed by. */
    final int sourceKey;
    final BratDocument.Span sourceSpan;

    Gold(int start, int end, String source, int sourceAt, int contentLength) {
      this(start, end, source, sourceAt, contentLength, start, sourceAt, null);
    }

    private Gold(int start, int end, String source, int sourceAt, int contentLength, int key, int sourceKey,
        BratDocument.Span sourceSpan) {
      this.start = start;
      this.end = end;
      this.source = source;
      this.sourceAt = sourceAt;
      this.contentLength = contentLength;
      this.key = key;
      this.sourceKey = sourceKey;
      this.sourceSpan = sourceSpan;
    }

    Gold withSource(BratDocument.Span span) {
      return new Gold(start, end, source, sourceAt, contentLength, key, sourceKey, span);
    }

    Gold mapped(OffsetMap m, String newText) {
      BratDocument.Span src = sourceSpan == null ? null : sourceSpan.mapped(m, newText);
      return new Gold(m.start(start), Math.max(m.start(start), m.end(end)),
          src == null ? source : sourceText(newText, src), src == null ? -1 : src.start(), contentLength, key,
          sourceKey, src);
    }
  }

  /**
   * The gold of one article: its quotes, every Source span (the pronoun reference looks back through them) and the
   * attributions' extents from Source to Content (what a perturbation must not split).
   */
  public static final class ArticleGold {
    final List<Gold> quotes;
    final List<BratDocument.Span> sources;
    final List<int[]> attributions;

    private ArticleGold(List<Gold> quotes, List<BratDocument.Span> sources, List<int[]> attributions) {
      this.quotes = quotes;
      this.sources = sources;
      this.attributions = attributions;
    }

    public static ArticleGold of(String text, BratDocument ann) {
      List<int[]> hulls = new ArrayList<>();
      for (BratDocument.Event ev : ann.events()) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (String role : List.of("Source", "Cue", "Content")) {
          BratDocument.Span sp = ann.span(ev.roles.get(role));
          if (sp != null) {
            for (int[] r : sp.ranges) {
              lo = Math.min(lo, r[0]);
              hi = Math.max(hi, r[1]);
            }
          }
        }
        if (hi > lo) {
          hulls.add(new int[] {lo, hi});
        }
      }
      return new ArticleGold(goldQuotes(text, ann), ann.spansOfType("Source"), hulls);
    }

    /** Gold quotes in text order. */
    public int size() {
      return quotes.size();
    }

    /** What a perturbation may know: attributions to keep whole, Source spans it may rewrite. */
    public GoldSpans anchors() {
      List<int[]> speakers = new ArrayList<>();
      for (BratDocument.Span s : sources) {
        if (s.ranges.size() == 1) {
          speakers.add(s.ranges.get(0).clone());
        }
      }
      List<int[]> keep = new ArrayList<>(attributions);
      for (Gold g : quotes) {
        keep.add(new int[] {g.start, g.end});
      }
      return new GoldSpans(keep, speakers);
    }

    /** The same gold carried into a perturbed text: every span mapped, Source texts read from the new text. */
    public ArticleGold mapped(Perturbed p) {
      OffsetMap m = p.offsets();
      List<Gold> qs = new ArrayList<>();
      for (Gold g : quotes) {
        qs.add(g.mapped(m, p.text()));
      }
      List<BratDocument.Span> srcs = new ArrayList<>();
      for (BratDocument.Span s : sources) {
        srcs.add(s.mapped(m, p.text()));
      }
      List<int[]> hulls = new ArrayList<>();
      for (int[] h : attributions) {
        hulls.add(new int[] {m.start(h[0]), m.end(h[1])});
      }
      return new ArticleGold(qs, srcs, hulls);
    }
  }

  static List<Gold> goldQuotes(String text, BratDocument ann) {
    List<Gold> out = new ArrayList<>();
    for (BratDocument.Event ev : ann.events()) {
      BratDocument.Span content = ann.span(ev.roles.get("Content"));
      if (content == null) {
        continue;
      }
      BratDocument.Span source = ann.span(ev.roles.get("Source"));
      String src = source == null ? "" : sourceText(text, source);
      int srcAt = source == null ? -1 : source.start();
      int length = 0;
      for (int[] r : content.ranges) {
        length += r[1] - r[0];
      }
      for (int[] r : content.ranges) {
        for (int[] seg : markedSegments(text, Math.max(0, r[0]), Math.min(text.length(), r[1]))) {
          addMostSpecific(out, new Gold(seg[0], seg[1], src, srcAt, length).withSource(source));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  /** Nested attributions share quotes: keep the one from the smallest Content (the innermost attribution). */
  private static void addMostSpecific(List<Gold> out, Gold g) {
    for (int i = 0; i < out.size(); i++) {
      Gold o = out.get(i);
      if (o.start == g.start && o.end == g.end) {
        if (g.contentLength < o.contentLength) {
          out.set(i, g);
        }
        return;
      }
    }
    out.add(g);
  }

  private static String sourceText(String text, BratDocument.Span s) {
    StringBuilder b = new StringBuilder();
    for (int[] r : s.ranges) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(text, Math.max(0, r[0]), Math.min(text.length(), r[1]));
    }
    return b.toString();
  }

  /** Quote-mark-delimited segments of four or more words in [from, to). */
  static List<int[]> markedSegments(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean opener = c == '\u201C' || c == '"' && open < 0;
      boolean closer = c == '\u201D' || c == '"' && open >= 0;
      if (open < 0 && opener) {
        open = i + 1;
      } else if (open >= 0 && closer) {
        addIfLong(text, out, open, i);
        open = -1;
      } else if (open >= 0 && c == '\n' && i + 1 < to) {
        int j = i + 1;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < to && (text.charAt(j) == '\u201C' || text.charAt(j) == '"')) {
          addIfLong(text, out, open, i); // a paragraph of a quote that runs on into the next one
          open = j + 1;
          i = j;
        }
      }
    }
    if (open >= 0) {
      addIfLong(text, out, open, to);
    }
    return out;
  }

  private static void addIfLong(String text, List<int[]> out, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s && words(text.substring(s, e)) >= MIN_WORDS) {
      out.add(new int[] {s, e});
    }
  }

  /**
   * Words of a quote: runs separated by white space, or by a comma or semicolon glued to the next letter
   * ({@code Seriously,just stop} is three words), so a text that lost its spaces after commas keeps its count.
   */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean w = Character.isLetterOrDigit(c);
      if (w && !in) {
        n++;
      }
      boolean glued = (c == ',' || c == ';') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
      in = w || in && !Character.isWhitespace(c) && !glued;
    }
    return n;
  }

  static void scoreArticle(String id, String text, BratDocument ann, List<Assertion> extracted, Result r) {
    scoreArticle(id, text, ArticleGold.of(text, ann), extracted, r);
  }

  /**
   * Scores what was extracted from {@code text} against gold that indexes that text: the article's own gold, or
   * gold carried into a perturbed copy ({@link ArticleGold#mapped}).
   */
  public static void scoreArticle(String id, String text, ArticleGold gold, List<Assertion> extracted, Result r) {
    r.articles++;
    List<Assertion> ours = new ArrayList<>();
    for (Assertion a : extracted) {
      if (Assertion.QUOTE.equals(a.getKind()) && words(a.getValue()) >= MIN_WORDS && marked(text, a)) {
        ours.add(a);
      }
    }
    List<BratDocument.Span> sources = gold.sources;
    boolean[] used = new boolean[ours.size()];
    for (Gold g : gold.quotes) {
      r.gold++;
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < ours.size(); i++) {
        int ov = overlap(g.start, g.end, ours.get(i).getStart(), ours.get(i).getEnd());
        if (ov > bestOverlap) {
          best = i;
          bestOverlap = ov;
        }
      }
      if (best < 0 || !matches(bestOverlap, g.end - g.start, ours.get(best).getEnd() - ours.get(best).getStart())) {
        r.miss(best < 0 ? missKind(text, g) : "missed-partial-overlap", id, g.key, text, g.start, g.end, g.source);
        continue;
      }
      r.matched++;
      used[best] = true;
      scoreSpeaker(id, text, g, ours.get(best), sources, r);
    }
    for (int i = 0; i < ours.size(); i++) {
      Assertion a = ours.get(i);
      r.extracted++;
      boolean tp = used[i];
      for (int k = 0; !tp && k < gold.quotes.size(); k++) {
        Gold g = gold.quotes.get(k);
        tp = matches(overlap(g.start, g.end, a.getStart(), a.getEnd()), g.end - g.start, a.getEnd() - a.getStart());
      }
      if (tp) {
        r.truePositives++;
      } else {
        r.falsePositive(fpKind(a), id, text, a);
      }
    }
  }

  /**
   * Counts as false positives the quotes of any length and marking that overlap text an insertion put there (a
   * heading or widget line read as a quote or transcript turn), unless already counted by {@link #scoreArticle}.
   */
  public static void scoreInserted(String id, String text, Perturbed p, List<Assertion> extracted, Result r) {
    for (Assertion a : extracted) {
      boolean counted = words(a.getValue()) >= MIN_WORDS && marked(text, a);
      if (Assertion.QUOTE.equals(a.getKind()) && !counted
          && p.offsets().touchesInsertion(a.getStart(), a.getEnd())) {
        r.extracted++;
        r.falsePositive("false-positive-inserted-text", id, text, a);
      }
    }
  }

  /**
   * Whether a quote opens with a quote mark. Gold quotes are defined by their marks, so transcript turns and
   * dash-attributed block quotes (no marks) are outside what this corpus can score.
   */
  private static boolean marked(String text, Assertion a) {
    int i = a.getStart() - 1;
    return i >= 0 && (text.charAt(i) == '\u201C' || text.charAt(i) == '"' || text.charAt(i) == '\u00AB');
  }

  private static String missKind(String text, Gold g) {
    String v = text.substring(g.start, g.end);
    if (g.end < text.length() && text.charAt(g.end) != '\u201D' && text.charAt(g.end) != '"') {
      return "missed-unclosed";
    }
    int caps = 0;
    int words = 0;
    for (String w : v.split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        words++;
        caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words > 0 && caps * 10 >= words * 7 ? "missed-title-case" : "missed-no-span";
  }

  private static String fpKind(Assertion a) {
    if (a.getCue().isEmpty()) {
      return "false-positive-no-cue";
    }
    return a.getSubject().isEmpty() ? "false-positive-cued-no-speaker" : "false-positive-cued";
  }

  private static int overlap(int s1, int e1, int s2, int e2) {
    return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  }

  private static boolean matches(int overlap, int goldLength, int ourLength) {
    return overlap > 0 && (overlap * 2 >= goldLength || overlap * 2 >= ourLength);
  }

  private static void scoreSpeaker(String id, String text, Gold g, Assertion a, List<BratDocument.Span> sources,
      Result r) {
    String kind = sourceKind(g.source);
    String ours = lastWord(a.getSubject());
    int before = g.sourceAt < 0 ? g.start : g.sourceAt;
    String head = g.source.strip().equalsIgnoreCase("who") && g.sourceAt >= 0 ? relativeHead(text, g.sourceAt) : null;
    String reference = kind.equals("named") ? g.source : head != null ? head
        : antecedent(text, before, sources, pronounGender(g.source));
    if (reference == null) {
      r.speakerUnscorable++;
      r.outcome(id, g.key, "", "");
      return;
    }
    boolean right = !ours.isEmpty() && (wordsOf(reference).contains(ours)
        || kind.equals("description") && wordsOf(g.source).contains(ours));
    r.speaker(kind, right, id, g.key, text, g.start, g.end, g.source + " => " + reference, a.getSubject());
    Referent checked = r.referents.getOrDefault(id, Map.of()).get(g.sourceKey);
    if (checked != null) {
      // a person the article never names is right only when we name nobody either
      boolean ok = checked.name().equals("-") ? ours.isEmpty() || NAMES_NOBODY.contains(a.getSpeakerKind())
          : !ours.isEmpty() && wordsOf(checked.name()).contains(ours);
      r.checkedPronoun(checked.set(), ok, id, text, g.start, g.end, g.source + " => " + checked.name(),
          a.getSubject());
    }
    if (kind.equals("pronoun")) {
      // the first version of this measure: the nearest earlier named Source whatever its gender, kept for the trend
      String nearest = antecedent(text, before, sources, "");
      r.speakerNearestNamed(nearest != null && !ours.isEmpty() && wordsOf(nearest).contains(ours));
    }
  }

  /**
   * The pronoun a Source name implies: from its own honorific or given name, else from the article's other
   * mentions of its surname ("Sanders" after "Bernie Sanders", "Mrs. Clinton"); "" when they say nothing or
   * disagree (Donald and Ivanka Trump).
   */
  static String impliedPronoun(String text, String name) {
    String own = NameCanonicalizer.pronounOf(name);
    if (!own.isEmpty()) {
      return own;
    }
    String surname = "";
    for (String w : name.split("[\\s,;()]+")) {
      String n = normWord(w);
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !n.isEmpty()) {
        surname = w.replaceAll("(['\u2019]s?)$", "").replaceAll("[^\\p{L}\\p{N}-]+$", "");
      }
    }
    if (surname.length() < 2) {
      return "";
    }
    String found = "";
    Matcher m = Pattern.compile("(\\p{Lu}[\\p{L}.]*) " + Pattern.quote(surname) + "\\b").matcher(text);
    while (m.find()) {
      String p = NameCanonicalizer.pronounOf(m.group(1) + " " + surname);
      if (!p.isEmpty() && !found.isEmpty() && !found.equals(p)) {
        return "";
      }
      found = p.isEmpty() ? found : p;
    }
    return found;
  }

  /**
   * The name a relative "who" hangs on: the capitalised words right before it, across a comma or dash ("Mike Lee,
   * who declared"), or null when no name stands there. The nearest named gold Source is often someone else.
   */
  static String relativeHead(String text, int whoAt) {
    int i = whoAt;
    while (i > 0 && (Character.isWhitespace(text.charAt(i - 1)) || ",-\u2013\u2014".indexOf(text.charAt(i - 1)) >= 0)) {
      i--;
    }
    int end = i;
    int start = i;
    int words = 0;
    while (start > 0 && words < 5) {
      int w = start;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || ".'\u2019-".indexOf(text.charAt(w - 1)) >= 0)) {
        w--;
      }
      if (w == start || !Character.isUpperCase(text.charAt(w))) {
        break;
      }
      start = w;
      words++;
      if (start == 0 || text.charAt(start - 1) != ' ') {
        break;
      }
      start--;
    }
    while (start < end && !Character.isLetter(text.charAt(start))) {
      start++;
    }
    return words == 0 ? null : text.substring(start, end);
  }

  /** "he" for he/him/his, "she" for she/her/hers, else "" (no gender to check). */
  static String pronounGender(String source) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    return s.equals("he") || s.equals("him") || s.equals("his") ? "he"
        : s.equals("she") || s.equals("her") || s.equals("hers") ? "she" : "";
  }

  /**
   * {@code pronoun} ({@code he}, {@code she}, ...), {@code named} when some comma-separated part of the Source ends
   * in a capitalised word ({@code Jeff Weaver, Sanders' campaign manager,}; {@code A top strategist, John Weaver,};
   * {@code Rep. Bobby Scott (D-Va.)}), else {@code description} ({@code the Florida senator}, {@code a pool report}).
   */
  static String sourceKind(String source) {
    String s = source.strip().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(s)) {
      return "pronoun";
    }
    String plain = source.replaceAll("\\([^)]*\\)", " ");
    for (String part : plain.split("[,;\u2014]")) {
      String[] words = part.strip().split("\\s+");
      String last = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}.\u2019'-]", "");
      if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))
          && !NOT_NAME_CAPS.contains(last.toLowerCase(Locale.ROOT))) {
        return "named";
      }
    }
    return "description";
  }

  /**
   * The closest gold Source before an offset that is a name and, for a gendered pronoun, not a name whose honorific
   * or given name (or another mention of its surname in the article) says the other gender ("she" is not "Donald
   * Trump"; "Clinton" with no given name anywhere tells nothing, so it stays), and that names no body or group
   * ("The FBI", "Senate Democrats").
   */
  static String antecedent(String text, int before, List<BratDocument.Span> sources, String pronoun) {
    String best = null;
    for (BratDocument.Span s : sources) {
      if (s.start() >= before) {
        break;
      }
      String t = sourceText(text, s);
      String implied = pronoun.isEmpty() ? "" : impliedPronoun(text, t);
      boolean group = !pronoun.isEmpty() && implied.isEmpty() && GROUP_OPENERS.contains(
          t.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
      if (sourceKind(t).equals("named") && (implied.isEmpty() || implied.equals(pronoun)) && !group) {
        best = t;
      }
    }
    return best;
  }

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** The surname-like last word of a name: suffixes (Jr., III) skipped, possessive dropped. */
  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    for (int i = parts.length - 1; i >= 0; i--) {
      String w = normWord(parts[i]);
      if (!w.isEmpty() && (!SUFFIXES.contains(w) || i == 0)) {
        return w;
      }
    }
    return "";
  }

  /** Words of a reference name; a period glued to the next letter also separates ("Dr.Ward", "Sen.Jack Reed"). */
  static List<String> wordsOf(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[\\s,;:()\\[\\]\u2014\"\u201C\u201D]+|\\.(?=\\p{L})")) {
      if (!w.isEmpty()) {
        out.add(normWord(w));
      }
    }
    return out;
  }

  private static String normWord(String w) {
    String l = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (l.endsWith("'s")) {
      l = l.substring(0, l.length() - 2);
    } else if (l.endsWith("'")) {
      l = l.substring(0, l.length() - 1);
    }
    return l.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  /**
   * Prints the scores and the throughput on a PolNeAR directory (default {@code ../shared/data/polnear-train}).
   * {@code -Dverbose=N} also prints N examples of each error category.
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/polnear-train");
    QuoteExtractor ex = new QuoteExtractor(CrossfactConfig.defaults());
    Result r = evaluate(dir, ex);
    System.out.println(r);
    int verbose = Integer.getInteger("verbose", 0);
    if (verbose > 0) {
      System.out.println(r.examples(verbose));
    }
    System.out.println(Throughput.measure(dir, ex));
  }
}
