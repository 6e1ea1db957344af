package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.normalize.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the quotes of one blocking group (one speaker, or one LSH band of quote words) across articles.
 *
 * <p>{@code quote_drift}: one speaker, two reports, nearly the same words that differ after typography, case,
 * punctuation and contractions are normalized away. Each quote is paired only with its mutual best match in the other article, so a speaker quoted several times
 * is never compared quote-against-unrelated-quote, and a quote that one article reproduces verbatim elsewhere is not
 * drift. A quote that is a clean contiguous fragment of the other is at most a low {@code shortened} finding.
 *
 * <p>Drift is one utterance reported two ways, not two utterances: words only one report has before the first or
 * after the last shared word are two excerpts cut in different places and are not compared (only the core between
 * them is); bracketed words are the editor's and a phrase said twice in a row may be left out; the wordings share
 * at least {@link #DRIFT_MIN_SHARED_WORDS} words in order; no drift when the other article also quotes the speaker
 * saying the exact words elsewhere, or when one report dates its words (a weekday in the attribution) after the other
 * report was published. A quote split around its attribution is also compared whole.
 *
 * <p>{@code quote_misattribution}: the same words (≥ 6 of them) given to two different people, unless either article
 * itself attributes them to both (one echoing the other) or either speaker is an organisation (its spokesperson
 * legitimately speaks its words). Both speakers must be named in their own attribution sentence (not resolved from a
 * pronoun or carried over from another sentence), and neither sentence may name the other speaker ("quoting Holt",
 * "Holt, at a town hall in Warren, said"). One finding per pair of speakers in a group: the closest pair of quotes.
 *
 * <p>Misses: paraphrase (a misattributed quote reworded beyond the similarity threshold), speakers the extractor left
 * empty, drift between two quotes of one speaker in one article, and changes that only punctuation carries
 * ("Yes. We will" vs "Yes, we will").
 */
public final class QuoteComparer implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String SHORTENED = "shortened";
  static final int MISATTRIBUTION_MIN_WORDS = 6;
  /**
   * Words two wordings of one utterance must share, in order, for a drift finding. Two different statements by one
   * person often share a stock phrase of four or five words ("the worst thing that ever happened to ...").
   */
  static final int DRIFT_MIN_SHARED_WORDS = 6;

  /** Label → base score. Meaning-altering labels sit above medium, wording-only ones below it. */
  private static final Map<String, Double> LABEL_WEIGHT = new LinkedHashMap<>();
  private static final Map<String, String> LABEL_WORDS = new LinkedHashMap<>();

  static {
    label("negation-changed", 0.92, "negation changed");
    label("number-changed", 0.88, "a number changed");
    label("hedge-dropped", 0.80, "a hedge was dropped");
    label("qualifier-changed", 0.68, "a qualifier changed");
    label("verb-changed", 0.60, "the verb changed");
    label("words-substituted", 0.45, "words substituted");
    label("words-dropped", 0.42, "words dropped");
    label("words-inserted", 0.40, "words added");
    label("ellipsis-cut", 0.35, "cut at an ellipsis");
    label(SHORTENED, 0.20, "one report quotes only part of the other's words");
  }

  private static void label(String name, double weight, String words) {
    LABEL_WEIGHT.put(name, weight);
    LABEL_WORDS.put(name, words);
  }

  static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none", "neither", "nor",
      "cannot", "without", "nowhere");
  /** Words that soften a claim wherever they stand. */
  static final Set<String> HEDGES = Set.of("may", "might", "could", "perhaps", "possibly", "likely", "probably",
      "maybe", "potentially", "estimated", "suggest", "suggests", "appear", "appears", "seem", "seems", "unlikely",
      "partly", "allegedly", "reportedly");
  /** Words that soften only a number ("about 500"); "talked about taxes" hedges nothing. */
  static final Set<String> NUMBER_HEDGES = Set.of("about", "nearly", "some", "approximately", "roughly", "around",
      "almost", "over", "under", "estimated");
  static final Set<String> QUALIFIERS = Set.of("all", "every", "only", "always", "most", "many", "few", "several",
      "any", "each", "some", "just", "mostly", "entirely", "completely", "fully", "largely", "slightly",
      "significantly", "much", "more", "less", "fewer", "least");
  static final Set<String> VERBISH = Set.of("will", "would", "shall", "should", "must", "can", "is", "was", "are",
      "were", "be", "been", "has", "have", "had", "do", "does", "did", "get", "got", "make", "made", "take", "took",
      "say", "said", "want", "wanted", "know", "knew", "think", "thought", "support", "oppose", "back", "reject",
      "accept", "cut", "raise", "rise", "fall", "increase", "decrease", "ban", "allow", "win", "lose", "lost", "won");
  static final Map<String, String> NUMBER_WORDS = numberWords();
  /** Words that carry no claim of their own; negations, modals of doubt, numbers and quantifiers are not here. */
  static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
      "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's",
      "this", "that", "these", "those", "we", "i", "you", "he", "she", "they", "them", "us", "our", "their", "his",
      "her", "my", "your", "will", "would", "shall", "should", "can", "do", "does", "did", "have", "has", "had",
      "there", "here", "so", "than", "then", "what", "which", "who", "whom", "we're", "i'm", "we've", "i've",
      "we'll", "i'll", "it'll", "they're", "that's", "there's", "into", "up", "out", "if");

  private final int minWords;
  private final double driftMin;
  private final double misMin;
  private final boolean reportShortened;
  private final CrossfactConfig config;

  public QuoteComparer(CrossfactConfig c) {
    this.config = c;
    this.minWords = c.getInt(Key.QUOTE_MIN_WORDS);
    this.driftMin = c.getDouble(Key.QUOTE_DRIFT_MIN_SIMILARITY);
    this.misMin = c.getDouble(Key.QUOTE_MISATTRIBUTION_MIN_SIMILARITY);
    this.reportShortened = c.getInt(Key.QUOTE_REPORT_SHORTENED) == 1;
  }

  /** A quote prepared for comparison. */
  static final class Q {
    final Assertion a;
    final List<String> words;
    final List<Integer> ellipses;
    /** Word indexes inside square brackets: the editor's words ("[censored]", "[the state]"), not the speaker's. */
    final java.util.Set<Integer> editorial;
    final java.util.Set<String> content;
    /** Name words of the sentence around the quote (the attribution), the quote's own words left out. */
    final java.util.Set<String> around;
    int[] ids;

    Q(Assertion a) {
      this.a = a;
      this.words = words(a.getValue());
      this.ellipses = ellipsisPositions(a.getValue());
      this.editorial = bracketPositions(a.getValue());
      this.content = content(words);
      this.around = aroundWords(a);
    }

    /** The words {@code from..to} of {@code whole}, with ellipsis and bracket positions shifted to match. */
    Q(Q whole, int from, int to) {
      this.a = whole.a;
      this.words = whole.words.subList(from, to);
      List<Integer> e = new ArrayList<>();
      for (int p : whole.ellipses) {
        if (p >= from && p <= to) {
          e.add(p - from);
        }
      }
      this.ellipses = e;
      java.util.Set<Integer> ed = new java.util.TreeSet<>();
      for (int p : whole.editorial) {
        if (p >= from && p < to) {
          ed.add(p - from);
        }
      }
      this.editorial = ed;
      this.content = content(words);
      this.around = whole.around;
    }

    /**
     * A speaker we can stand behind: named in the attribution itself ("... Holt said"), not carried over from an
     * earlier sentence ("he said") nor guessed from a description.
     */
    boolean confidentNamed() {
      if (!"named".equals(a.getSpeakerKind())) {
        return false;
      }
      List<String> n = Names.tokens(a.getSubject());
      return !n.isEmpty() && around.contains(n.get(n.size() - 1));
    }

    boolean organisation() {
      return "organization".equals(a.getSpeakerKind()) || "organisation".equals(a.getSpeakerKind());
    }

    boolean inferredSpeaker() {
      return "pronoun".equals(a.getSpeakerKind()) || "description".equals(a.getSpeakerKind());
    }
  }

  /**
   * Findings of one blocking group, sorted (score, then id). Input order does not matter. Among pairs showing the
   * same two wordings of one speaker's quote only the earliest pair of articles is reported: reprints of either
   * wording add no information, only rows.
   */
  public List<Finding> compare(List<Assertion> quotes) {
    List<Assertion> sorted = new ArrayList<>();
    for (Assertion a : quotes) {
      if (Assertion.QUOTE.equals(a.getKind())) {
        sorted.add(a);
      }
    }
    sorted.sort(Findings.CHRONOLOGICAL);
    sorted.addAll(joinSplitQuotes(sorted));
    List<Q> qs = new ArrayList<>();
    for (Assertion a : sorted) {
      Q q = new Q(a);
      if (q.words.size() >= minWords) {
        qs.add(q);
      }
    }
    return new Group(qs).findings();
  }

  /** Characters of attribution that may stand between the two halves of one split quote. */
  static final int SPLIT_GAP = 80;

  /**
   * Quotes split around their attribution ("The council did not approve it," Holt said, "and residents deserve to
   * know.") as one quote: two quotes of one speaker in one sentence, the second starting shortly after the first
   * ends. The halves stay as they are; the whole is added, so another report's unsplit quote has its match.
   */
  static List<Assertion> joinSplitQuotes(List<Assertion> quotes) {
    List<Assertion> out = new ArrayList<>();
    for (Assertion p : quotes) {
      Assertion next = null;
      for (Assertion q : quotes) {
        if (q != p && q.getArticleId().equals(p.getArticleId()) && q.getSubject().equals(p.getSubject())
            && !p.getSubject().isEmpty() && !p.getText().isEmpty() && q.getText().equals(p.getText())
            && q.getStart() > p.getEnd() && q.getStart() - p.getEnd() <= SPLIT_GAP
            && (next == null || q.getStart() < next.getStart())) {
          next = q;
        }
      }
      if (next != null) {
        Assertion whole = p.copy();
        whole.setValue(p.getValue().trim() + " " + next.getValue().trim());
        whole.setEnd(next.getEnd());
        out.add(whole);
      }
    }
    return out;
  }

  /** One call's working state: similarities and best matches are computed once per pair. */
  private final class Group {
    final List<Q> qs;
    final int n;
    final double[][] sim;
    final List<List<String>> names = new ArrayList<>();
    final Map<String, List<Integer>> byArticle = new java.util.TreeMap<>();
    /** Best match of quote i among one article's quotes by the same person; lookups only, never iterated. */
    final Map<String, Integer> best = new java.util.HashMap<>();

    Group(List<Q> qs) {
      this.qs = qs;
      this.n = qs.size();
      this.sim = new double[n][n];
      for (double[] row : sim) {
        java.util.Arrays.fill(row, Double.NaN);
      }
      Map<String, Integer> vocabulary = new java.util.HashMap<>();
      for (Q q : qs) {
        q.ids = new int[q.words.size()];
        for (int k = 0; k < q.ids.length; k++) {
          q.ids[k] = vocabulary.computeIfAbsent(q.words.get(k), w -> vocabulary.size());
        }
      }
      for (int i = 0; i < n; i++) {
        // an unnamed speaker ("a senior aide") is nobody in particular: neither drift nor misattribution applies
        names.add("unnamed".equals(qs.get(i).a.getSpeakerKind()) ? List.of() : Names.tokens(qs.get(i).a.getSubject()));
        byArticle.computeIfAbsent(qs.get(i).a.getArticleId(), k -> new ArrayList<>()).add(i);
      }
    }

    List<Finding> findings() {
      List<Finding> out = new ArrayList<>();
      java.util.Set<String> seenWordings = new java.util.TreeSet<>();
      Map<String, int[]> bestMisattribution = new java.util.TreeMap<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          Q x = qs.get(i);
          Q y = qs.get(j);
          if (x.a.getArticleId().equals(y.a.getArticleId()) || names.get(i).isEmpty() || names.get(j).isEmpty()) {
            continue;
          }
          if (same(i, j)) {
            // pairs come earliest first, so the first pair showing two wordings represents all their reprints;
            // whether two wordings drift depends on the words alone, so a seen pair needs no second look
            if (best(i, y.a.getArticleId()) == j && best(j, x.a.getArticleId()) == i
                && !verbatimElsewhere(i, j) && !verbatimElsewhere(j, i)
                && !differentOccasions(x, y)
                && seenWordings.add(wordings(Names.fuller(x.a.getSubject(), y.a.getSubject()), x, y))) {
              Finding f = drift(x, y, sim(i, j), seenWordings);
              if (f != null) {
                out.add(f);
              }
            }
          } else if (!x.organisation() && !y.organisation() && x.confidentNamed() && y.confidentNamed()
              && !rivalAround(i, j) && !rivalAround(j, i)
              && Math.min(x.words.size(), y.words.size()) >= MISATTRIBUTION_MIN_WORDS
              && sim(i, j) >= misMin && !echoed(i, j) && !namedInside(i, j) && !namedInside(j, i)) {
            // one finding per pair of speakers: the closest pair of quotes, ties to the earliest; every reprint
            // and variant of the same words between the same two people is the same mistake
            String speakers = speakerPair(i, j);
            int[] cur = bestMisattribution.get(speakers);
            if (cur == null || sim(i, j) > sim(cur[0], cur[1])) {
              bestMisattribution.put(speakers, new int[] {i, j});
            }
          }
        }
      }
      for (int[] p : bestMisattribution.values()) {
        out.add(misattribution(qs.get(p[0]), qs.get(p[1]), sim(p[0], p[1])));
      }
      return Findings.dedupeAndSort(out);
    }

    String speakerPair(int i, int j) {
      String p = String.join(" ", names.get(i));
      String q = String.join(" ", names.get(j));
      return p.compareTo(q) <= 0 ? p + "\u0001" + q : q + "\u0001" + p;
    }

    boolean same(int i, int j) {
      return Names.samePerson(names.get(i), names.get(j));
    }

    double sim(int i, int j) {
      if (Double.isNaN(sim[i][j])) {
        double s = similarity(qs.get(i), qs.get(j));
        sim[i][j] = s;
        sim[j][i] = s;
      }
      return sim[i][j];
    }

    /** Index of the quote by the same person in {@code article} most similar to quote i (ties: the earliest). */
    int best(int i, String article) {
      String key = i + "\u0001" + article;
      Integer cached = best.get(key);
      if (cached != null) {
        return cached;
      }
      int b = -1;
      double bestSim = -1;
      for (int k : byArticle.getOrDefault(article, List.of())) {
        if (k == i || names.get(k).isEmpty() || !same(i, k)) {
          continue;
        }
        double s = sim(i, k);
        if (s > bestSim) {
          b = k;
          bestSim = s;
        }
      }
      best.put(key, b);
      return b;
    }

    /**
     * Whether either article also gives these words to the other speaker: then one person echoed the other (or the
     * article quotes both), which is not a misattribution.
     */
    /**
     * Whether speaker i's surname occurs inside quote j's words: a quote that names a person is rarely that
     * person's own words ("Is President Obama going to finally mention..."), so the "other speaker" is more likely
     * an extraction error than a misattribution by the press.
     */
    boolean namedInside(int i, int j) {
      List<String> n = names.get(i);
      if (n.isEmpty()) {
        return false;
      }
      String surname = n.get(n.size() - 1);
      return surname.length() > 2 && qs.get(j).words.contains(surname);
    }

    /**
     * Whether the sentence around quote i also names speaker j ("Holt said, quoting Marsh", "Marsh, speaking in
     * Holt County, said"): then which of the two said the words is our extractor's guess, not the report's claim.
     */
    boolean rivalAround(int i, int j) {
      List<String> n = names.get(j);
      return !n.isEmpty() && !same(i, j) && qs.get(i).around.contains(n.get(n.size() - 1));
    }

    /**
     * Whether quote j's article also quotes the same person saying quote i's words verbatim, in another quote (the
     * same words, or a longer quote they are part of): then that article has them right, and its other wording j
     * is another passage or occasion, not a changed quote.
     */
    boolean verbatimElsewhere(int i, int j) {
      List<String> w = qs.get(i).words;
      for (int k : byArticle.getOrDefault(qs.get(j).a.getArticleId(), List.of())) {
        if (k != i && k != j && !names.get(k).isEmpty() && same(i, k)
            && (qs.get(k).words.equals(w) || isContiguousFragment(w, qs.get(k).words))) {
          return true;
        }
      }
      return false;
    }

    boolean echoed(int i, int j) {
      for (int k : byArticle.get(qs.get(i).a.getArticleId())) {
        if (!names.get(k).isEmpty() && same(k, j) && sim(k, j) >= misMin) {
          return true;
        }
      }
      for (int k : byArticle.get(qs.get(j).a.getArticleId())) {
        if (!names.get(k).isEmpty() && same(k, i) && sim(k, i) >= misMin) {
          return true;
        }
      }
      return false;
    }
  }

  /** Identity of "these two wordings by these speakers", whichever article pair shows them. */
  private static String wordings(String who, Q x, Q y) {
    String p = String.join(" ", x.words);
    String q = String.join(" ", y.words);
    return who + "\u0001" + (p.compareTo(q) <= 0 ? p + "\u0001" + q : q + "\u0001" + p);
  }

  /**
   * How alike two quotes are: the lower of the order-aware LCS similarity over all words and the Jaccard similarity
   * of their content words. The second keeps two different statements that share only their frame ("we will ...
   * this year") apart; the first keeps a reordered word salad apart. Negations, numbers and hedges count as content,
   * so one dropped "not" costs a little similarity, never the match.
   */
  public static double similarity(String quoteA, String quoteB) {
    List<String> a = words(quoteA);
    List<String> b = words(quoteB);
    double order = WordDiff.similarity(a, b);
    java.util.Set<String> ca = content(a);
    java.util.Set<String> cb = content(b);
    if (ca.isEmpty() || cb.isEmpty()) {
      return order;
    }
    return Math.min(order, MinHasher.jaccard(ca, cb));
  }

  /** {@link #similarity(String, String)} on prepared quotes: interned words, content sets built once. */
  private double similarity(Q a, Q b) {
    double jaccard = a.content.isEmpty() || b.content.isEmpty() ? 1 : MinHasher.jaccard(a.content, b.content);
    if (jaccard < Math.min(driftMin, misMin)) {
      // below every threshold whatever the word order says: skip the LCS, the pair can only lose a best-match race
      return jaccard;
    }
    double order = 2.0 * lcs(a.ids, b.ids) / (a.ids.length + b.ids.length);
    return Math.min(order, jaccard);
  }

  /** LCS length in O(|a|·|b|) time and O(|b|) memory. */
  private static int lcs(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  private static java.util.Set<String> content(List<String> words) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String w : words) {
      if (!FUNCTION_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private Finding drift(Q x, Q y, double similarity, java.util.Set<String> seenCores) {
    if (x.words.equals(y.words)) {
      return null; // typography, case, whitespace or punctuation only
    }
    Q later = Findings.isSideA(x.a, y.a) ? x : y;
    Q earlier = later == x ? y : x;
    List<WordDiff.Op> ops = WordDiff.diff(earlier.words, later.words);
    // Words only one report has before the first shared word or after the last one are the edges of two excerpts
    // of one longer utterance ("Well, to be candid, I'm not ready" / "I'm not ready. I'm not there yet"): each
    // report cut it elsewhere, neither changed it. Only the core between the edges is compared.
    int from = 0;
    int to = ops.size();
    int earlyFrom = 0;
    int lateFrom = 0;
    int earlyTo = earlier.words.size();
    int lateTo = later.words.size();
    if (to > 1 && ops.get(0).kind() != WordDiff.Kind.EQUAL && ops.get(1).kind() == WordDiff.Kind.EQUAL) {
      if (ops.get(0).kind() == WordDiff.Kind.DELETE) {
        earlyFrom = ops.get(0).words().size();
      } else {
        lateFrom = ops.get(0).words().size();
      }
      from = 1;
    }
    if (to - from > 1 && ops.get(to - 1).kind() != WordDiff.Kind.EQUAL
        && ops.get(to - 2).kind() == WordDiff.Kind.EQUAL) {
      if (ops.get(to - 1).kind() == WordDiff.Kind.DELETE) {
        earlyTo -= ops.get(to - 1).words().size();
      } else {
        lateTo -= ops.get(to - 1).words().size();
      }
      to--;
    }
    List<WordDiff.Op> core = ops.subList(from, to);
    boolean fragment = true;
    int shared = 0;
    for (WordDiff.Op op : core) {
      if (op.kind() == WordDiff.Kind.EQUAL) {
        shared += op.words().size();
      } else {
        fragment = false;
      }
    }
    List<String> labels;
    if (fragment) {
      if (!reportShortened) {
        return null;
      }
      labels = List.of(SHORTENED);
    } else {
      // the same utterance shares a good run of words, not a stock phrase ("the worst thing that ever happened")
      if (similarity < driftMin || shared < DRIFT_MIN_SHARED_WORDS) {
        return null;
      }
      Q earlyCore = new Q(earlier, earlyFrom, earlyTo);
      Q lateCore = new Q(later, lateFrom, lateTo);
      labels = labels(earlyCore, lateCore, core);
      if (labels.isEmpty()) {
        return null; // every change is the editor's: a bracketed insertion, a repeated phrase left out
      }
      if (!seenCores.add("core\u0001" + wordings(Names.fuller(x.a.getSubject(), y.a.getSubject()), earlyCore,
              lateCore))) {
        // the same change inside longer or shorter excerpts of the utterance: the earliest pair already shows it
        return null;
      }
    }
    double base = 0;
    StringBuilder signals = new StringBuilder();
    for (String l : labels) {
      base = Math.max(base, LABEL_WEIGHT.get(l));
      if (signals.length() > 0) {
        signals.append(';');
      }
      signals.append(l).append('=').append(Findings.fmt(LABEL_WEIGHT.get(l)));
    }
    double score = base * (0.9 + 0.1 * similarity);
    if (later.inferredSpeaker() || earlier.inferredSpeaker()) {
      score *= 0.9; // the speaker came from a pronoun or description: less sure it is one person's quote
    }
    String speaker = Names.fuller(later.a.getSubject(), earlier.a.getSubject());
    Finding f = new Finding();
    f.setType(Finding.QUOTE_DRIFT);
    f.setKey(speaker);
    f.setSubject(speaker);
    f.setId(Finding.stableId(Finding.QUOTE_DRIFT, speaker, later.a.getArticleId(), earlier.a.getArticleId()));
    f.sideA(later.a, later.a.getValue());
    f.sideB(earlier.a, earlier.a.getValue());
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals(signals.toString());
    f.setExplanation(driftExplanation(speaker, earlier, later, fragment ? ops : core, labels,
        from > 0 || to < ops.size()));
    return f;
  }

  private static String driftExplanation(String speaker, Q earlier, Q later, List<WordDiff.Op> ops,
      List<String> labels, boolean edges) {
    StringBuilder e = new StringBuilder(speaker);
    List<String> parts = new ArrayList<>();
    for (String l : labels) {
      parts.add(LABEL_WORDS.get(l));
    }
    if (labels.equals(List.of(SHORTENED))) {
      e.append(" is quoted at different lengths in two reports (").append(LABEL_WORDS.get(SHORTENED))
          .append("); check the full quote is not needed for its meaning.");
    } else {
      e.append(" is quoted differently in two reports: ").append(describeChanges(ops)).append(" (")
          .append(String.join(", ", parts)).append(").");
      if (edges) {
        e.append(" One report also quotes more words before or after the shared passage; that is not counted.");
      }
    }
    boolean copy = !earlier.a.getCluster().isEmpty() && earlier.a.getCluster().equals(later.a.getCluster());
    e.append(' ').append(copy ? "The later report (" : "The later report (")
        .append(Findings.where(later.a.getPublished(), later.a.getSource())).append(')')
        .append(copy ? " is a copy of the earlier one (" : " and the earlier one (")
        .append(Findings.where(earlier.a.getPublished(), earlier.a.getSource()))
        .append(copy ? "), so the quote changed between reprints." : ") are independent reports.");
    return e.toString();
  }

  /** "'not' was dropped; 'five' became '5'", at most three changes. */
  static String describeChanges(List<WordDiff.Op> ops) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < ops.size(); k++) {
      WordDiff.Op op = ops.get(k);
      if (op.kind() == WordDiff.Kind.DELETE) {
        if (k + 1 < ops.size() && ops.get(k + 1).kind() == WordDiff.Kind.INSERT) {
          parts.add("'" + Findings.clip(op.text(), 60) + "' became '" + Findings.clip(ops.get(k + 1).text(), 60)
              + "'");
          k++;
        } else {
          parts.add("'" + Findings.clip(op.text(), 60) + "' was dropped");
        }
      } else if (op.kind() == WordDiff.Kind.INSERT) {
        parts.add("'" + Findings.clip(op.text(), 60) + "' was added");
      }
    }
    if (parts.size() > 3) {
      int more = parts.size() - 3;
      parts = new ArrayList<>(parts.subList(0, 3));
      parts.add(more + " more change" + (more == 1 ? "" : "s"));
    }
    return String.join("; ", parts);
  }

  /** Labels of a change from the earlier quote to the later one, strongest first. */
  static List<String> labels(Q earlier, Q later, List<WordDiff.Op> ops) {
    Set<String> found = new java.util.TreeSet<>();
    if (!numbers(earlier.words).equals(numbers(later.words))) {
      found.add("number-changed");
    }
    if (count(earlier.words, NEGATIONS) != count(later.words, NEGATIONS)) {
      found.add("negation-changed");
    }
    int hedgesBefore = hedges(earlier.words).size();
    int hedgesAfter = hedges(later.words).size();
    if (hedgesAfter < hedgesBefore) {
      found.add("hedge-dropped");
    } else if (!hedges(earlier.words).equals(hedges(later.words))
        || !bag(earlier.words, QUALIFIERS).equals(bag(later.words, QUALIFIERS))) {
      found.add("qualifier-changed");
    }
    int ie = 0;
    int il = 0;
    boolean editorialOnly = true;
    for (int k = 0; k < ops.size(); k++) {
      WordDiff.Op op = ops.get(k);
      if (op.kind() == WordDiff.Kind.EQUAL) {
        ie += op.words().size();
        il += op.words().size();
        continue;
      }
      WordDiff.Op pairNext = op.kind() == WordDiff.Kind.DELETE && k + 1 < ops.size()
          && ops.get(k + 1).kind() == WordDiff.Kind.INSERT ? ops.get(k + 1) : null;
      int delSize = op.kind() == WordDiff.Kind.DELETE ? op.words().size() : 0;
      int insSize = op.kind() == WordDiff.Kind.INSERT ? op.words().size() : pairNext == null ? 0
          : pairNext.words().size();
      if (editorial(earlier, ie, delSize) || editorial(later, il, insSize)
          || pairNext == null && (repeated(earlier.words, ie, delSize) || repeated(later.words, il, insSize))) {
        // the editor's words ("what the [censored] is going on"), or a repeated phrase left out ("if she gets to
        // pick, if she gets to pick her judges"): a transcription choice, not a change of what was said
        ie += delSize;
        il += insSize;
        if (pairNext != null) {
          k++;
        }
        continue;
      }
      editorialOnly = false;
      if (op.kind() == WordDiff.Kind.DELETE) {
        WordDiff.Op next = pairNext;
        if (next != null) {
          if (unexplained(op.words()) || unexplained(next.words())) {
            found.add(anyVerb(op.words()) && anyVerb(next.words()) ? "verb-changed" : "words-substituted");
          }
          ie += op.words().size();
          il += next.words().size();
          k++;
        } else {
          if (later.ellipses.contains(il)) {
            found.add("ellipsis-cut");
          } else if (unexplained(op.words())) {
            found.add("words-dropped");
          }
          ie += op.words().size();
        }
      } else {
        if (earlier.ellipses.contains(ie)) {
          found.add("ellipsis-cut");
        } else if (unexplained(op.words())) {
          found.add("words-inserted");
        }
        il += op.words().size();
      }
    }
    if (editorialOnly) {
      return List.of();
    }
    if (found.isEmpty()) {
      found.add("words-substituted");
    }
    List<String> out = new ArrayList<>();
    for (String l : LABEL_WEIGHT.keySet()) {
      if (found.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  private static boolean unexplained(List<String> words) {
    for (String w : words) {
      if (!isNegation(w) && !HEDGES.contains(w) && !NUMBER_HEDGES.contains(w) && !QUALIFIERS.contains(w)
          && numberValue(w) == null) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyVerb(List<String> words) {
    for (String w : words) {
      if (VERBISH.contains(w) || w.endsWith("ed") && w.length() > 4 || w.endsWith("ing") && w.length() > 5) {
        return true;
      }
    }
    return false;
  }

  static boolean isNegation(String w) {
    return NEGATIONS.contains(w) || w.endsWith("n't");
  }

  /** The hedges of a quote, sorted: words of {@link #HEDGES}, and {@link #NUMBER_HEDGES} just before a number. */
  private static List<String> hedges(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (HEDGES.contains(w)
          || NUMBER_HEDGES.contains(w) && i + 1 < words.size() && numberValue(words.get(i + 1)) != null) {
        out.add(w);
      }
    }
    Collections.sort(out);
    return out;
  }

  private static int count(List<String> words, Set<String> set) {
    int c = 0;
    for (String w : words) {
      if (set == NEGATIONS ? isNegation(w) : set.contains(w)) {
        c++;
      }
    }
    return c;
  }

  private static List<String> bag(List<String> words, Set<String> set) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (set.contains(w)) {
        out.add(w);
      }
    }
    Collections.sort(out);
    return out;
  }

  /** The numbers of a quote as a sorted list of canonical strings ("five" and "5" are the same number). */
  private static List<String> numbers(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String v = numberValue(w);
      if (v != null) {
        out.add(v);
      }
    }
    Collections.sort(out);
    return out;
  }

  static String numberValue(String w) {
    String mapped = NUMBER_WORDS.get(w);
    if (mapped != null) {
      return mapped;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return w.replace(",", "");
      }
    }
    return null;
  }

  /**
   * The words a quote is compared on: {@link TextNormalizer#words} with contractions spelled out, so "don't" and
   * "do not" (a transcription choice, not a change of meaning) are the same words. Only unambiguous contractions
   * are expanded: "'s" and "'d" stay as written.
   */
  static List<String> words(String quote) {
    List<String> out = new ArrayList<>();
    for (String w : TextNormalizer.words(quote)) {
      String irregular = IRREGULAR_NEGATIONS.get(w);
      if (irregular != null) {
        out.add(irregular);
        out.add("not");
      } else if (w.endsWith("n't") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("not");
      } else if (w.endsWith("'re") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("are");
      } else if (w.endsWith("'ll") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("will");
      } else if (w.endsWith("'ve") && w.length() > 3) {
        out.add(w.substring(0, w.length() - 3));
        out.add("have");
      } else if (w.equals("i'm")) {
        out.add("i");
        out.add("am");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static final Map<String, String> IRREGULAR_NEGATIONS = Map.of("won't", "will", "can't", "can", "shan't",
      "shall", "ain't", "is", "cannot", "can");

  /** Word indexes at which the raw quote has an ellipsis (…, ..., or [...]). */
  static List<Integer> ellipsisPositions(String raw) {
    String n = TextNormalizer.normalize(raw);
    List<Integer> out = new ArrayList<>();
    int from = 0;
    int words = 0;
    int at;
    while ((at = n.indexOf("...", from)) >= 0) {
      words += words(n.substring(from, at)).size();
      out.add(words);
      from = at + 3;
      while (from < n.length() && n.charAt(from) == '.') {
        from++;
      }
    }
    return out;
  }

  /** Word indexes of a raw quote that stand inside square brackets. */
  static java.util.Set<Integer> bracketPositions(String raw) {
    java.util.Set<Integer> out = new java.util.TreeSet<>();
    String n = TextNormalizer.normalize(raw);
    int open;
    int from = 0;
    while ((open = n.indexOf('[', from)) >= 0) {
      int close = n.indexOf(']', open);
      if (close < 0) {
        break;
      }
      int before = words(n.substring(0, open)).size();
      int inside = words(n.substring(open + 1, close)).size();
      for (int k = 0; k < inside; k++) {
        out.add(before + k);
      }
      from = close + 1;
    }
    return out;
  }

  /** Whether any of the {@code size} words from {@code at} is the editor's (bracketed). */
  private static boolean editorial(Q q, int at, int size) {
    for (int k = at; k < at + size; k++) {
      if (q.editorial.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the {@code k} words from {@code at} sit in a phrase said twice in a row ("if she gets to pick, if she
   * gets to pick"), wherever the diff placed the cut: some window of 2k words around them is one phrase repeated.
   */
  static boolean repeated(List<String> words, int at, int k) {
    if (k == 0) {
      return false;
    }
    for (int s = 0; s <= k; s++) {
      int start = at - k + s;
      if (start >= 0 && start + 2 * k <= words.size()
          && words.subList(start, start + k).equals(words.subList(start + k, start + 2 * k))) {
        return true;
      }
    }
    return false;
  }

  /** Name words of the quote's sentence outside the quote itself: who the attribution names. */
  private static java.util.Set<String> aroundWords(Assertion a) {
    String text = a.getText() == null ? "" : a.getText();
    String value = a.getValue() == null ? "" : a.getValue();
    int at = value.isEmpty() ? -1 : text.indexOf(value);
    String outside = at < 0 ? text : text.substring(0, at) + " " + text.substring(at + value.length());
    return new java.util.HashSet<>(Names.tokens(outside));
  }

  private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
      "\\b(last\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /**
   * The day the attribution says the words were spoken ("he told supporters on Monday"), resolved against the
   * report's own date: the latest such weekday on or before it ("last Monday": before it). Null when the sentence
   * names no weekday, or more than one.
   */
  static java.time.LocalDate utteranceDay(Assertion a) {
    java.time.LocalDate published = Findings.date(a.getPublished());
    String text = a.getText() == null ? "" : a.getText();
    String value = a.getValue() == null ? "" : a.getValue();
    int at = value.isEmpty() ? -1 : text.indexOf(value);
    String outside = at < 0 ? text : text.substring(0, at) + " " + text.substring(at + value.length());
    java.util.regex.Matcher m = WEEKDAY.matcher(outside);
    if (published == null || !m.find()) {
      return null;
    }
    boolean last = m.group(1) != null;
    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    if (m.find()) {
      return null;
    }
    int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
    if (back == 0 && last) {
      back = 7;
    }
    return published.minusDays(back);
  }

  /**
   * Whether two quotes cannot be one utterance: one report dates its words after the other report was published
   * (a stump line repeated at a later rally). Copies of one text are one report and never differ this way.
   */
  static boolean differentOccasions(Q x, Q y) {
    if (!x.a.getCluster().isEmpty() && x.a.getCluster().equals(y.a.getCluster())) {
      return false;
    }
    return after(utteranceDay(x.a), y.a) || after(utteranceDay(y.a), x.a);
  }

  private static boolean after(java.time.LocalDate spoken, Assertion other) {
    java.time.LocalDate published = Findings.date(other.getPublished());
    return spoken != null && published != null && spoken.isAfter(published);
  }

  /** Whether {@code part} occurs as a contiguous run inside the strictly longer {@code whole}. */
  static boolean isContiguousFragment(List<String> part, List<String> whole) {
    if (part.isEmpty() || part.size() >= whole.size()) {
      return false;
    }
    return Collections.indexOfSubList(whole, part) >= 0;
  }

  private Finding misattribution(Q x, Q y, double similarity) {
    Q later = Findings.isSideA(x.a, y.a) ? x : y;
    Q earlier = later == x ? y : x;
    List<String> w = earlier.words;
    String key = String.join(" ", w.subList(0, Math.min(8, w.size())));
    double score = 0.7 + 0.25 * (misMin >= 1 ? 1 : (similarity - misMin) / (1 - misMin));
    if (later.inferredSpeaker() || earlier.inferredSpeaker()) {
      score *= 0.85; // a pronoun-resolved speaker is the likelier mistake, by our extractor rather than the press
    }
    Finding f = new Finding();
    f.setType(Finding.QUOTE_MISATTRIBUTION);
    f.setKey(key);
    f.setSubject(later.a.getSubject() + " / " + earlier.a.getSubject());
    f.setId(Finding.stableId(Finding.QUOTE_MISATTRIBUTION, key, later.a.getArticleId(), earlier.a.getArticleId()));
    f.sideA(later.a, later.a.getValue());
    f.sideB(earlier.a, earlier.a.getValue());
    f.setScore(Findings.score(score));
    f.setSeverity(config.severityOf(f.getScore()));
    StringBuilder sig = new StringBuilder("similarity=").append(Findings.fmt(similarity));
    if (later.inferredSpeaker() || earlier.inferredSpeaker()) {
      sig.append(";inferred-speaker=0.85");
    }
    f.setSignals(sig.toString());
    boolean copy = !earlier.a.getCluster().isEmpty() && earlier.a.getCluster().equals(later.a.getCluster());
    f.setExplanation(String.format(Locale.ROOT,
        "The same words ('%s', %d%% alike) are attributed to %s in the earlier report (%s) and to %s in the later "
            + "one (%s)%s. Check who said them.",
        Findings.clip(earlier.a.getValue(), 80), Math.round(similarity * 100), earlier.a.getSubject(),
        Findings.where(earlier.a.getPublished(), earlier.a.getSource()), later.a.getSubject(),
        Findings.where(later.a.getPublished(), later.a.getSource()),
        copy ? ", which is a copy of the earlier one" : ""));
    return f;
  }

  private static Map<String, String> numberWords() {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < small.length; i++) {
      m.put(small[i], Integer.toString(i));
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], Integer.toString(30 + 10 * i));
    }
    m.put("hundred", "100");
    m.put("thousand", "1000");
    m.put("million", "1000000");
    m.put("billion", "1000000000");
    m.put("trillion", "1000000000000");
    m.put("dozen", "12");
    m.put("half", "0.5");
    return Collections.unmodifiableMap(m);
  }
}
