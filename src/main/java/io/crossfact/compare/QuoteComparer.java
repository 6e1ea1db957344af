package io.crossfact.compare;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.config.CrossfactConfig.Key;
import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import io.crossfact.compare.variants.Alignment;
import io.crossfact.compare.variants.Difference;
import io.crossfact.compare.variants.QuoteText;
import io.crossfact.compare.variants.VariantCatalogue;
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
 * <p>{@code quote_drift}: one speaker, two reports, one utterance rendered with a change of meaning. Each quote is
 * paired only with its mutual best match in the other article, so a speaker quoted several times is never compared
 * quote-against-unrelated-quote, and a quote that one article reproduces verbatim elsewhere is not drift.
 *
 * <p>The two renderings are aligned word by word ({@link Alignment}): words only one report has before or after the
 * shared passage are two excerpts cut in different places and are not compared; the pair is one utterance only when
 * the shared words cover most of the shorter quote ({@link #SAME_UTTERANCE_COVER}) and number at least
 * {@link #DRIFT_MIN_SHARED_WORDS}. Every change inside is classified by the {@link VariantCatalogue}: spelling,
 * spoken forms, abbreviations, editorial insertions, hyphenation, numbers in words, censored words, transliterated
 * names and the like are variants of the same words and never a finding; negation, numbers, modality, quantifiers,
 * roles, claim words and other content words are changes of meaning, named in the explanation in order earlier to
 * later and ranked by the strongest. No drift when the other article also quotes the speaker saying the exact
 * words elsewhere, or when one report dates its words (a weekday in the attribution) after the other report was
 * published. A quote split around its attribution is also compared whole.
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

  static final Map<String, String> NUMBER_WORDS = io.crossfact.compare.variants.NumberForms.CARDINALS;
  /** Share of the shorter quote the aligned shared words must cover for two quotes to be one utterance. */
  static final double SAME_UTTERANCE_COVER = 0.6;
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
    /** The quote's marks by word (brackets, ellipses, sentence starts, capitals): read only when a drift is described. */
    private QuoteText text;
    /** Name words of the sentence around the quote (the attribution), the quote's own words left out. */
    final java.util.Set<String> around;
    /** The words and the content words as ids of the group's vocabulary; {@code contentIds} ascending. */
    int[] ids;
    int[] contentIds;
    /** {@link #confidentNamed()}, once asked: it reads the name's words, and a group asks it for every pair. */
    private Boolean confident;

    QuoteText text() {
      if (text == null) {
        text = new QuoteText(a.getValue());
      }
      return text;
    }

    Q(Assertion a) {
      this.a = a;
      this.words = QuoteText.words(a.getValue()); // the words of new QuoteText(value), without its marks
      this.around = aroundWords(a);
    }

    /**
     * A speaker we can stand behind: named in the attribution itself ("... Holt said"), not carried over from an
     * earlier sentence ("he said") nor guessed from a description.
     */
    boolean confidentNamed() {
      if (confident == null) {
        confident = readConfidentNamed();
      }
      return confident;
    }

    private boolean readConfidentNamed() {
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
    return compare(quotes, null);
  }

  /**
   * As {@link #compare(List)}, but only findings of {@code type} ({@link Finding#QUOTE_DRIFT} or {@link
   * Finding#QUOTE_MISATTRIBUTION}; null: both). The same findings of that type as {@code compare(quotes)} gives,
   * without the other type's work: a pair of quotes goes down one branch or the other (same person or not), and
   * neither branch reads what the other one records. The comparison blocks quotes by speaker for drift and by
   * shared words for misattribution, and a quote sits in a dozen word blocks: most of them hold its reprints, whose
   * drift checks were done there and thrown away.
   */
  public List<Finding> compare(List<Assertion> quotes, String type) {
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
    return new Group(qs, type == null || type.equals(Finding.QUOTE_DRIFT),
        type == null || type.equals(Finding.QUOTE_MISATTRIBUTION)).findings();
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
    /**
     * Each quote's index among the group's distinct names, and whether two distinct names are one person (0: not yet
     * asked, 1: yes, 2: no): a group asks it several times for each of its pairs, about a few names.
     */
    final int[] nameIds;
    final byte[][] samePerson;
    final Map<String, List<Integer>> byArticle = new java.util.TreeMap<>();
    /** Best match of quote i among one article's quotes by the same person; lookups only, never iterated. */
    final Map<String, Integer> best = new java.util.HashMap<>();
    /** Which findings are wanted: drift (pairs of one person), misattribution (pairs of two). */
    final boolean drifts;
    final boolean misattributions;

    Group(List<Q> qs, boolean drifts, boolean misattributions) {
      this.drifts = drifts;
      this.misattributions = misattributions;
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
        q.contentIds = contentIds(q.words, q.ids);
      }
      for (int i = 0; i < n; i++) {
        // an unnamed speaker ("a senior aide") is nobody in particular: neither drift nor misattribution applies
        names.add("unnamed".equals(qs.get(i).a.getSpeakerKind()) ? List.of() : Names.tokens(qs.get(i).a.getSubject()));
        byArticle.computeIfAbsent(qs.get(i).a.getArticleId(), k -> new ArrayList<>()).add(i);
      }
      Map<List<String>, Integer> distinct = new java.util.HashMap<>();
      this.nameIds = new int[n];
      for (int i = 0; i < n; i++) {
        nameIds[i] = distinct.computeIfAbsent(names.get(i), k -> distinct.size());
      }
      this.samePerson = new byte[distinct.size()][distinct.size()];
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
            if (!drifts) {
              continue;
            }
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
          } else if (misattributions && !x.organisation() && !y.organisation() && x.confidentNamed()
              && y.confidentNamed()
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
      byte known = samePerson[nameIds[i]][nameIds[j]];
      if (known == 0) {
        known = Names.samePerson(names.get(i), names.get(j)) ? (byte) 1 : (byte) 2;
        samePerson[nameIds[i]][nameIds[j]] = known;
      }
      return known == 1;
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

  /** {@link #similarity(String, String)} on prepared quotes: interned words, content ids built once per group. */
  private double similarity(Q a, Q b) {
    double jaccard = a.contentIds.length == 0 || b.contentIds.length == 0 ? 1 : jaccard(a.contentIds, b.contentIds);
    if (jaccard < Math.min(driftMin, misMin)) {
      // below every threshold whatever the word order says: skip the LCS, the pair can only lose a best-match race
      return jaccard;
    }
    double order = 2.0 * lcs(a.ids, b.ids) / (a.ids.length + b.ids.length);
    return Math.min(order, jaccard);
  }

  /**
   * {@link MinHasher#jaccard} over two sets given as ascending distinct ids: the same count of shared members and so
   * the same value, by one merge instead of a hash lookup per word.
   */
  static double jaccard(int[] a, int[] b) {
    int inter = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        inter++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) inter / (a.length + b.length - inter);
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

  /** The distinct ids of the words not in {@link #FUNCTION_WORDS}, ascending: {@link #content} as ids. */
  static int[] contentIds(List<String> words, int[] ids) {
    int[] out = new int[ids.length];
    int n = 0;
    for (int k = 0; k < ids.length; k++) {
      if (!FUNCTION_WORDS.contains(words.get(k))) {
        out[n++] = ids[k];
      }
    }
    java.util.Arrays.sort(out, 0, n);
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      if (distinct == 0 || out[k] != out[distinct - 1]) {
        out[distinct++] = out[k];
      }
    }
    return java.util.Arrays.copyOf(out, distinct);
  }

  /** The content words, for {@link MinHasher#jaccard} only (a count, so the set's order does not matter). */
  private static java.util.Set<String> content(List<String> words) {
    java.util.Set<String> out = new java.util.HashSet<>(Math.max(4, words.size() * 2));
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
    Alignment alignment = Alignment.of(earlier.text(), later.text());
    List<Difference> substantive = new ArrayList<>();
    List<String> benign = new ArrayList<>();
    boolean fragment = alignment.changes().isEmpty();
    if (fragment) {
      // one report quotes a longer or shorter excerpt of the same words; nothing inside them differs
      if (!reportShortened || alignment.shared() < minWords) {
        return null;
      }
    } else {
      // one utterance rendered twice: the shared words cover most of the shorter quote, and the pair is alike
      if (similarity < driftMin || !alignment.sameUtterance(DRIFT_MIN_SHARED_WORDS, SAME_UTTERANCE_COVER)) {
        return null;
      }
      for (Difference d : VariantCatalogue.classify(alignment)) {
        if (d.substantive()) {
          substantive.add(d);
        } else {
          for (String r : d.rules()) {
            if (!benign.contains(r)) {
              benign.add(r);
            }
          }
        }
      }
      if (substantive.isEmpty()) {
        return null; // every difference is a variant of the same words: spelling, editing, transcription
      }
      StringBuilder core = new StringBuilder("core\u0001").append(Names.fuller(x.a.getSubject(), y.a.getSubject()));
      for (Difference d : substantive) {
        core.append('\u0001').append(d.describe());
      }
      if (!seenCores.add(core.toString())) {
        // the same change inside longer or shorter excerpts of the utterance: the earliest pair already shows it
        return null;
      }
    }
    Map<String, Double> rules = new LinkedHashMap<>();
    for (Difference d : substantive) {
      for (String r : d.rules()) {
        rules.putIfAbsent(r, VariantCatalogue.weight(r));
      }
    }
    if (fragment) {
      rules.put(SHORTENED, SHORTENED_WEIGHT);
    }
    double base = 0;
    StringBuilder signals = new StringBuilder();
    for (Map.Entry<String, Double> r : rules.entrySet().stream()
        .sorted((p, q) -> Double.compare(q.getValue(), p.getValue())).toList()) {
      base = Math.max(base, r.getValue());
      if (signals.length() > 0) {
        signals.append(';');
      }
      signals.append(r.getKey()).append('=').append(Findings.fmt(r.getValue()));
    }
    // meaning changes rank by their strongest kind, several of them a little higher; wording never counts
    double score = base * (0.9 + 0.1 * similarity) + 0.02 * Math.min(3, Math.max(0, substantive.size() - 1));
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
    f.setScore(Findings.score(Math.min(1.0, score)));
    f.setSeverity(config.severityOf(f.getScore()));
    f.setSignals(signals.toString());
    f.setExplanation(driftExplanation(speaker, earlier, later, substantive, benign, alignment.hasEdges()));
    return f;
  }

  static final double SHORTENED_WEIGHT = 0.20;

  private static String driftExplanation(String speaker, Q earlier, Q later, List<Difference> substantive,
      List<String> benign, boolean edges) {
    StringBuilder e = new StringBuilder(speaker);
    if (substantive.isEmpty()) {
      e.append(" is quoted at different lengths in two reports (one report quotes only part of the other's words);"
          + " check the full quote is not needed for its meaning.");
    } else {
      List<String> parts = new ArrayList<>();
      for (Difference d : substantive) {
        parts.add(d.describe() + " (" + VariantCatalogue.describe(d.rules().get(0)) + ")");
      }
      if (parts.size() > 3) {
        int more = parts.size() - 3;
        parts = new ArrayList<>(parts.subList(0, 3));
        parts.add(more + " more change" + (more == 1 ? "" : "s"));
      }
      e.append(" is quoted differently in two reports, earlier to later: ").append(String.join("; ", parts))
          .append('.');
      if (!benign.isEmpty()) {
        e.append(" Other differences are variants of the same words (").append(String.join(", ", benign))
            .append(").");
      }
      if (edges) {
        e.append(" One report also quotes more words before or after the shared passage; that is not counted.");
      }
    }
    boolean copy = !earlier.a.getCluster().isEmpty() && earlier.a.getCluster().equals(later.a.getCluster());
    e.append(" The later report (")
        .append(Findings.where(later.a.getPublished(), later.a.getSource())).append(')')
        .append(copy ? " is a copy of the earlier one (" : " and the earlier one (")
        .append(Findings.where(earlier.a.getPublished(), earlier.a.getSource()))
        .append(copy ? "), so the quote changed between reprints." : ") are independent reports.");
    return e.toString();
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

  /** The words a quote is compared on ({@link QuoteText#words}). */
  static List<String> words(String quote) {
    return QuoteText.words(quote);
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
}
