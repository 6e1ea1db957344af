package io.crossfact.compare.variants;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies every change of an {@link Alignment}, in order. The catalogue is these lists, read top to bottom:
 *
 * <ol>
 *   <li>whole-change variants ({@link #WHOLE}): an editorial insertion, a respacing, a cut at an ellipsis, whole
 *       sentences left out;
 *   <li>otherwise each side's words are split at hyphens and rewritten to canonical forms ({@link #REWRITES}: spoken
 *       forms, abbreviations, British spellings, numbers in words, synonyms);
 *   <li>the meaning rules ({@link Meaning}) look at negations, numbers, modals and quantifiers on each side;
 *   <li>words left unmatched are paired across the sides ({@link #PAIRS}: inflection, a censored word, a one-letter
 *       typo, a transliterated name; {@link Initialisms}), words that claim nothing are dropped ({@link #DROPS});
 *       words a change removes and another adds are a reordering, unless content words lie between (roles swapped);
 *   <li>what is left decides: capitalized words on one side only are name parts; other content words on one side
 *       only are a wording change (benign alone) unless a claim word is among them; content words on both sides
 *       are a changed content word;
 *   <li>a pair that already differs in several places by wording alone is two loose transcriptions: a changed
 *       content word there is a paraphrase ({@link #looseTranscription}).
 * </ol>
 */
public final class VariantCatalogue {
  static final List<VariantRule.Whole> WHOLE = List.of(new EditorialInsertion(), new Spacing(), new EllipsisCut(),
      new RepeatedPhrase(), new NegativeAside(), new SentenceOmission());
  static final List<VariantRule.Rewrite> REWRITES = List.of(new SpokenForms(), new Abbreviations(),
      new SpellingVariants(), new NumberForms(), new Synonyms());
  static final List<VariantRule.Pair> PAIRS = List.of(new Inflection(), new Censored(), new OneLetterTypo(),
      new Transliteration());
  static final List<VariantRule.Drop> DROPS = List.of(new FunctionWords(), new Fillers());
  static final Initialisms INITIALISMS = new Initialisms();
  static final NameParts NAME_PARTS = new NameParts();
  /** The benign name of a wording change: content words on one side only, none of them decisive. */
  public static final String WORDING = "wording";
  public static final String WORD_ORDER = "word-order";

  private VariantCatalogue() {}

  /** One side of a change after rewriting: words, whether each is written as a name, and the rules used. */
  private static final class Side {
    final List<String> words = new ArrayList<>();
    final List<Boolean> caps = new ArrayList<>();
  }

  /** Every change of the alignment, classified, in the order of the earlier quote. */
  public static List<Difference> classify(Alignment a) {
    List<Change> changes = new ArrayList<>();
    for (Alignment.Segment s : a.changes()) {
      changes.add(Change.of(a, s));
    }
    List<Difference> out = new ArrayList<>();
    List<Side[]> left = new ArrayList<>();
    List<Set<String>> used = new ArrayList<>();
    for (Change c : changes) {
      Set<String> rules = new LinkedHashSet<>();
      VariantRule.Whole whole = null;
      for (VariantRule.Whole w : WHOLE) {
        if (w.explains(c)) {
          whole = w;
          break;
        }
      }
      if (whole != null) {
        rules.add(whole.name());
        left.add(null);
        used.add(rules);
        continue;
      }
      Side r = rewrite(c.earlier(), c.e0(), c.e1(), rules);
      Side d = rewrite(c.later(), c.l0(), c.l1(), rules);
      List<String> meaning = Meaning.fired(r.words, d.words, List.of(), List.of());
      rules.addAll(meaning);
      if (approximationChanged(c)) {
        rules.add(Meaning.MODALITY);
      }
      pairUp(r, d, rules);
      left.add(new Side[] {r, d});
      used.add(rules);
    }
    // words one change removes and another adds: the same words in another order, or swapped roles
    for (int i = 0; i < changes.size(); i++) {
      for (int j = 0; j < changes.size(); j++) {
        if (i == j || left.get(i) == null || left.get(j) == null) {
          continue;
        }
        Side removed = left.get(i)[0];
        Side added = left.get(j)[1];
        for (int k = removed.words.size() - 1; k >= 0; k--) {
          int at = added.words.indexOf(removed.words.get(k));
          if (at >= 0) {
            boolean between = contentBetween(a, changes.get(i), changes.get(j));
            used.get(i).add(between && moves(left.get(j)[0], left.get(i)[1]) ? Meaning.ROLES : WORD_ORDER);
            used.get(j).add(between && moves(left.get(j)[0], left.get(i)[1]) ? Meaning.ROLES : WORD_ORDER);
            removed.words.remove(k);
            removed.caps.remove(k);
            added.words.remove(at);
            added.caps.remove(at);
          }
        }
      }
    }
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      Set<String> rules = used.get(i);
      if (left.get(i) != null) {
        Side r = left.get(i)[0];
        Side d = left.get(i)[1];
        dropNames(r, rules);
        dropNames(d, rules);
        List<String> meaning = Meaning.fired(List.of(), List.of(), r.words, d.words);
        rules.addAll(meaning);
        if (meaning.isEmpty() && (!r.words.isEmpty() || !d.words.isEmpty())) {
          rules.add(WORDING);
        }
      }
      out.add(difference(c, rules));
    }
    return looseTranscription(out);
  }

  /** Wording-only changes from which a pair reads as two loose transcriptions of live speech. */
  static final int LOOSE_WORDING_CHANGES = 2;
  public static final String PARAPHRASE = "paraphrase";

  /**
   * Two loose transcriptions of live speech: when a pair already differs in {@link #LOOSE_WORDING_CHANGES} or more
   * places by wording alone, a content word swapped for another is read as the same paraphrase ("the way he
   * approaches problems" / "the way he addresses problems"), not a changed claim. Negation, numbers, modality,
   * quantifiers, claim words and swapped roles still count.
   */
  static List<Difference> looseTranscription(List<Difference> ds) {
    long wording = ds.stream().filter(d -> !d.substantive() && d.rules().contains(WORDING)).count();
    if (wording < LOOSE_WORDING_CHANGES) {
      return ds;
    }
    List<Difference> out = new ArrayList<>();
    for (Difference d : ds) {
      if (d.substantive() && d.rules().equals(List.of(Meaning.CONTENT_WORD))) {
        out.add(new Difference(d.change(), false, List.of(PARAPHRASE), 0));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /** An approximation or bound before a number that one side has and the other not ("about 300" / "300"). */
  static boolean approximationChanged(Change c) {
    return approximates(c.earlier(), c.e0(), c.e1()) != approximates(c.later(), c.l0(), c.l1());
  }

  private static boolean approximates(QuoteText q, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Meaning.APPROXIMATIONS.contains(q.words.get(i))) {
        for (int k = i + 1; k < Math.min(q.size(), i + 3); k++) {
          if (NumberForms.value(q.words.get(k)) != null) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Difference difference(Change c, Set<String> rules) {
    List<String> substantive = new ArrayList<>();
    for (String rule : List.of(Meaning.NEGATION, Meaning.NUMBER, Meaning.ROLES, Meaning.MODALITY, Meaning.CLAIM_WORD,
        Meaning.QUANTIFIER, Meaning.CONTENT_WORD)) {
      if (rules.contains(rule)) {
        substantive.add(rule);
      }
    }
    if (!substantive.isEmpty()) {
      return new Difference(c, true, substantive, Meaning.weight(substantive.get(0)));
    }
    return new Difference(c, false, List.copyOf(rules), 0);
  }

  private static Side rewrite(QuoteText q, int from, int to, Set<String> rules) {
    Side s = new Side();
    for (int i = from; i < to; i++) {
      if (q.editorial.contains(i)) {
        rules.add("editorial-insertion");
        continue;
      }
      boolean cap = q.isCapitalized(i);
      List<String> parts = new ArrayList<>();
      for (String p : q.words.get(i).split("-")) {
        if (!p.isEmpty()) {
          parts.add(p);
        }
      }
      if (parts.size() > 1) {
        rules.add("hyphenation-spacing");
      }
      for (String p : parts) {
        List<String> cur = List.of(p);
        for (VariantRule.Rewrite rw : REWRITES) {
          List<String> next = new ArrayList<>();
          for (String w : cur) {
            next.addAll(rw.rewrite(w));
          }
          if (!next.equals(cur)) {
            rules.add(rw.name());
          }
          cur = next;
        }
        for (String w : cur) {
          s.words.add(w);
          s.caps.add(cap);
        }
      }
    }
    return s;
  }

  /** Cancels equal words, then pairs variants, then initialisms, then drops words that claim nothing. */
  private static void pairUp(Side r, Side d, Set<String> rules) {
    for (int k = r.words.size() - 1; k >= 0; k--) {
      int at = d.words.indexOf(r.words.get(k));
      if (at >= 0) {
        remove(r, k);
        remove(d, at);
      }
    }
    for (int k = r.words.size() - 1; k >= 0; k--) {
      String w = r.words.get(k);
      boolean matched = false;
      for (int m = 0; m < d.words.size() && !matched; m++) {
        for (VariantRule.Pair p : PAIRS) {
          if (p.same(w, d.words.get(m), r.caps.get(k) && d.caps.get(m))) {
            rules.add(p.name());
            remove(r, k);
            remove(d, m);
            matched = true;
            break;
          }
        }
      }
    }
    joined(r, d, rules);
    joined(d, r, rules);
    initialisms(r, d, rules);
    initialisms(d, r, rules);
    for (Side s : new Side[] {r, d}) {
      for (int k = s.words.size() - 1; k >= 0; k--) {
        for (VariantRule.Drop drop : DROPS) {
          if (drop.drops(s.words.get(k))) {
            rules.add(drop.name());
            remove(s, k);
            break;
          }
        }
      }
    }
  }

  /** A word on one side written as two or three on the other ("worldview"/"world view"), fillers between allowed. */
  private static void joined(Side one, Side split, Set<String> rules) {
    for (int k = one.words.size() - 1; k >= 0; k--) {
      String target = Spacing.squeeze(one.words.get(k));
      for (int at = 0; at < split.words.size(); at++) {
        StringBuilder b = new StringBuilder();
        int end = at;
        while (end < split.words.size() && end - at < 3 && b.length() < target.length()) {
          b.append(Spacing.squeeze(split.words.get(end)));
          end++;
        }
        if (end - at >= 2 && b.toString().equals(target)) {
          rules.add("hyphenation-spacing");
          remove(one, k);
          for (int x = at; x < end; x++) {
            remove(split, at);
          }
          break;
        }
      }
    }
  }

  private static void initialisms(Side shortSide, Side longSide, Set<String> rules) {
    for (int k = shortSide.words.size() - 1; k >= 0; k--) {
      for (int at = 0; at < longSide.words.size(); at++) {
        int span = INITIALISMS.spans(shortSide.words.get(k), longSide.words, at);
        if (span > 0) {
          rules.add(INITIALISMS.name());
          remove(shortSide, k);
          for (int x = 0; x < span; x++) {
            remove(longSide, at);
          }
          break;
        }
      }
    }
  }

  private static void dropNames(Side s, Set<String> rules) {
    for (int k = s.words.size() - 1; k >= 0; k--) {
      if (NAME_PARTS.drops(s.words.get(k), s.caps.get(k))) {
        rules.add(NAME_PARTS.name());
        remove(s, k);
      }
    }
  }

  private static void remove(Side s, int k) {
    s.words.remove(k);
    s.caps.remove(k);
  }

  /** Whether words move both ways between the two changes (an exchange), not just one way. */
  private static boolean moves(Side removed, Side added) {
    for (String w : removed.words) {
      if (added.words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a content word stands in the shared words between two changes ("Smith [beat] Jones"). */
  private static boolean contentBetween(Alignment a, Change x, Change y) {
    int from = Math.min(x.e1(), y.e1());
    int to = Math.max(x.e0(), y.e0());
    for (int i = from; i < to && i < a.earlier.size(); i++) {
      String w = a.earlier.words.get(i);
      if (!FunctionWords.WORDS.contains(w) && !Fillers.WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The weight of a substantive rule (0 for a benign one). */
  public static double weight(String rule) {
    return Meaning.weight(rule);
  }

  /** Plain words for a rule's name ("negation changed"). */
  public static String describe(String rule) {
    return Meaning.words(rule);
  }
}
