package io.crossfact.story;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Splits a story (a connected component of links) that tells two events of one kind: the reports fall into two
 * groups, each with its own names that the other group does not write (the boxer's two opponents, the two players
 * arrested, the two provinces that shook), while the words of the topic, and often a name or two, are shared.
 * Pairwise similarity cannot see this (the two halves are as similar across as inside); the event signature can.
 *
 * <p>The signature of a story is read from its members' names ({@code e:} features of their vectors). A first name
 * or title written before a surname ("Nora" in "Nora Quill", in at least two reports and in most reports that
 * write it) counts as the surname, so reports that say "Nora" and reports that say "Quill" are not two people.
 * The names written by at least {@link #MIN_SIDE} reports and {@link #SHARE} of the story are its frequent names.
 * Seeds: the two frequent names written by the most reports that no report writes together. From the seeds, each
 * group gets the frequent names written by half its reports and at most {@link #OTHER} of the other group's, and
 * each report goes to the group whose names it writes more (three rounds). The story splits only when both groups
 * hold {@link #SHARE} of it (and {@link #MIN_SIDE} reports) and each has at least {@link #SIGNATURE} names written
 * by {@link #COVER} of its reports and at most {@link #OTHER} of the other's: one exclusive name is not enough (a
 * story of one event has subgroups that quote different witnesses). Reports that write neither group's names join
 * the group whose summed vector is nearer (cosine over the group's size). Each group is then split again the same
 * way, so a story of three events falls into three.
 *
 * <p>Bounded work: a story of fewer than {@code 2 * MIN_SIDE} reports is never split (there is no signature to
 * read), and one of more than {@link #MAX_MEMBERS} is left as it is; the work per story is linear in its reports
 * times the square of its frequent names.
 */
public final class StorySplitter {
  /** Fewest reports on each side of a split. */
  public static final int MIN_SIDE = 3;
  /** Share of the story a frequent name must be written by, and each side of a split must hold. */
  public static final double SHARE = 0.25;
  /** Share of a side's reports a signature name is written by. */
  public static final double COVER = 0.8;
  /** Largest share of the other side's reports that may write a side's name. */
  public static final double OTHER = 0.1;
  /** Signature names each side needs. */
  public static final int SIGNATURE = 2;
  /** Largest story examined. */
  public static final int MAX_MEMBERS = 5000;

  private StorySplitter() {}

  /**
   * The stories one component tells: itself when it tells one event, else its parts (each in article id order, so the
   * result does not depend on the order the members come in).
   */
  public static List<List<StoryVector>> split(List<StoryVector> members) {
    List<StoryVector> sorted = new ArrayList<>(members);
    sorted.sort(java.util.Comparator.comparing(StoryVector::getArticleId));
    List<List<StoryVector>> out = new ArrayList<>();
    splitInto(sorted, out, 0);
    return out;
  }

  private static void splitInto(List<StoryVector> ms, List<List<StoryVector>> out, int depth) {
    List<List<StoryVector>> two = depth < 8 ? bisect(ms) : null;
    if (two == null) {
      out.add(ms);
      return;
    }
    splitInto(two.get(0), out, depth + 1);
    splitInto(two.get(1), out, depth + 1);
  }

  /** Whether a story of {@code n} reports is examined at all (others are left whole, unread). */
  public static boolean examines(int n) {
    return n >= 2 * MIN_SIDE && n <= MAX_MEMBERS;
  }

  /** The two groups of a story that tells two events, or null when it tells one. */
  static List<List<StoryVector>> bisect(List<StoryVector> ms) {
    int n = ms.size();
    if (!examines(n)) {
      return null;
    }
    List<TreeSet<String>> names = names(ms);
    Map<String, BitSet> written = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String e : names.get(i)) {
        written.computeIfAbsent(e, x -> new BitSet(n)).set(i);
      }
    }
    double least = Math.max(MIN_SIDE, SHARE * n);
    List<String> frequent = new ArrayList<>();
    written.forEach((e, b) -> {
      if (b.cardinality() >= least) {
        frequent.add(e);
      }
    });
    // seeds: two frequent names never written together, the rarer of the two as common as possible
    String a = null;
    String b = null;
    int bestSize = 0;
    for (int i = 0; i < frequent.size(); i++) {
      BitSet si = written.get(frequent.get(i));
      for (int j = i + 1; j < frequent.size(); j++) {
        BitSet sj = written.get(frequent.get(j));
        if (si.intersects(sj)) {
          continue;
        }
        int size = Math.min(si.cardinality(), sj.cardinality());
        if (size > bestSize) {
          bestSize = size;
          a = frequent.get(i);
          b = frequent.get(j);
        }
      }
    }
    if (a == null) {
      return null;
    }
    BitSet g1 = (BitSet) written.get(a).clone();
    BitSet g2 = (BitSet) written.get(b).clone();
    for (int round = 0; round < 3; round++) {
      List<String> sig1 = signature(frequent, written, g1, g2, 0.5);
      List<String> sig2 = signature(frequent, written, g2, g1, 0.5);
      BitSet n1 = new BitSet(n);
      BitSet n2 = new BitSet(n);
      for (int i = 0; i < n; i++) {
        int s1 = count(sig1, written, i);
        int s2 = count(sig2, written, i);
        if (s1 > s2) {
          n1.set(i);
        } else if (s2 > s1) {
          n2.set(i);
        }
      }
      if (n1.isEmpty() || n2.isEmpty()) {
        return null;
      }
      g1 = n1;
      g2 = n2;
    }
    if (g1.cardinality() < least || g2.cardinality() < least
        || signature(frequent, written, g1, g2, COVER).size() < SIGNATURE
        || signature(frequent, written, g2, g1, COVER).size() < SIGNATURE) {
      return null;
    }
    // reports that write neither signature join the side whose summed vector is nearer
    Map<String, Double> c1 = centroid(ms, g1);
    Map<String, Double> c2 = centroid(ms, g2);
    int size1 = g1.cardinality();
    int size2 = g2.cardinality();
    List<StoryVector> p1 = new ArrayList<>();
    List<StoryVector> p2 = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StoryVector v = ms.get(i);
      boolean first = g1.get(i) || !g2.get(i) && dot(v, c1) / size1 >= dot(v, c2) / size2;
      (first ? p1 : p2).add(v);
    }
    return List.of(p1, p2);
  }

  /** Frequent names written by {@code cover} of {@code side}'s reports and at most {@link #OTHER} of {@code other}'s. */
  static List<String> signature(List<String> frequent, Map<String, BitSet> written, BitSet side, BitSet other,
      double cover) {
    List<String> out = new ArrayList<>();
    int ns = side.cardinality();
    int no = other.cardinality();
    for (String e : frequent) {
      BitSet w = written.get(e);
      if (overlap(w, side) >= cover * ns && overlap(w, other) <= OTHER * no) {
        out.add(e);
      }
    }
    return out;
  }

  private static int overlap(BitSet x, BitSet y) {
    BitSet c = (BitSet) x.clone();
    c.and(y);
    return c.cardinality();
  }

  private static int count(List<String> sig, Map<String, BitSet> written, int i) {
    int c = 0;
    for (String e : sig) {
      if (written.get(e).get(i)) {
        c++;
      }
    }
    return c;
  }

  /**
   * Each report's names: the single-word {@code e:} features, a first name or title read as the surname it is
   * written before (in at least two reports, and in at least half the reports that write the word).
   */
  static List<TreeSet<String>> names(List<StoryVector> ms) {
    Map<String, Integer> single = new HashMap<>();
    Map<String, Integer> pairs = new TreeMap<>();
    for (StoryVector v : ms) {
      for (String f : v.getFeatures()) {
        if (!f.startsWith(StoryProfiler.NAME)) {
          continue;
        }
        String name = f.substring(StoryProfiler.NAME.length());
        int sp = name.indexOf(' ');
        if (sp < 0) {
          single.merge(name, 1, Integer::sum);
        } else if (name.indexOf(' ', sp + 1) < 0) {
          pairs.merge(name, 1, Integer::sum);
        }
      }
    }
    Map<String, String> surname = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    pairs.forEach((pair, c) -> {
      int sp = pair.indexOf(' ');
      String w = pair.substring(0, sp);
      String h = pair.substring(sp + 1);
      if (c >= 2 && c >= 0.5 * single.getOrDefault(w, 0) && c > best.getOrDefault(w, 0)) {
        best.put(w, c);
        surname.put(w, h);
      }
    });
    List<TreeSet<String>> out = new ArrayList<>();
    for (StoryVector v : ms) {
      TreeSet<String> es = new TreeSet<>();
      for (String f : v.getFeatures()) {
        if (f.startsWith(StoryProfiler.NAME) && f.indexOf(' ') < 0) {
          String name = f.substring(StoryProfiler.NAME.length());
          es.add(surname.getOrDefault(name, name));
        }
      }
      out.add(es);
    }
    return out;
  }

  private static Map<String, Double> centroid(List<StoryVector> ms, BitSet side) {
    Map<String, Double> c = new HashMap<>();
    for (int i = side.nextSetBit(0); i >= 0; i = side.nextSetBit(i + 1)) {
      StoryVector v = ms.get(i);
      for (int k = 0; k < v.getFeatures().length; k++) {
        c.merge(v.getFeatures()[k], v.getWeights()[k], Double::sum);
      }
    }
    return c;
  }

  private static double dot(StoryVector v, Map<String, Double> c) {
    double d = 0;
    for (int k = 0; k < v.getFeatures().length; k++) {
      d += v.getWeights()[k] * c.getOrDefault(v.getFeatures()[k], 0.0);
    }
    return d;
  }
}
