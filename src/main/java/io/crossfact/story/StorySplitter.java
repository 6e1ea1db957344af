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
 * the group whose strongest names they miss less, else the group whose summed vector is nearer (cosine over the
 * group's size; {@link #assignByNames}).
 *
 * <p>When the names do not split a story, its times may ({@link #bisectByTime}): reports of two events of one kind
 * years apart, the dated reports of one and the dates the other's undated reports write ({@link StoryTime}).
 * Each group is then split again the same
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
  /** Share of a side's reports that write the name of its own a time split needs ({@link #ownName}). */
  public static final double OWN_COVER = 0.6;
  /** Largest share of the other side's reports that may write a side's name. */
  public static final double OTHER = 0.1;
  /** Signature names each side needs. */
  public static final int SIGNATURE = 2;
  /**
   * Share of a side's reports whose subject ({@link StoryVector#getLead}) is the side's own name, in a split by
   * subjects ({@link #bisectByLead}).
   */
  public static final double LEAD_SHARE = 0.6;
  /** Largest story examined. */
  public static final int MAX_MEMBERS = 5000;

  private StorySplitter() {}

  /**
   * The stories one component tells: itself when it tells one event, else its parts (each in article id order, so the
   * result does not depend on the order the members come in).
   */
  public static List<List<StoryVector>> split(List<StoryVector> members) {
    return split(members, StorySettings.defaults());
  }

  /** As {@link #split(List)}, with the time gap of {@code s} ({@link StorySettings#splitGapDays}). */
  public static List<List<StoryVector>> split(List<StoryVector> members, StorySettings s) {
    List<StoryVector> sorted = new ArrayList<>(members);
    sorted.sort(java.util.Comparator.comparing(StoryVector::getArticleId));
    List<List<StoryVector>> out = new ArrayList<>();
    splitInto(sorted, out, 0, s.splitGapDays);
    return out;
  }

  private static void splitInto(List<StoryVector> ms, List<List<StoryVector>> out, int depth, int gapDays) {
    // the reports' names, read once for the three ways to split
    Map<String, BitSet> written = depth < 8 && examines(ms.size()) ? written(ms) : null;
    List<List<StoryVector>> two = written != null ? bisect(ms, written) : null;
    if (two == null && written != null) {
      two = bisectByLead(ms, written);
    }
    if (two == null && written != null) {
      two = bisectByTime(ms, gapDays, written);
    }
    if (two == null) {
      out.add(ms);
      return;
    }
    splitInto(two.get(0), out, depth + 1, gapDays);
    splitInto(two.get(1), out, depth + 1, gapDays);
  }

  /** Whether a story of {@code n} reports is examined at all (others are left whole, unread). */
  public static boolean examines(int n) {
    return n >= 2 * MIN_SIDE && n <= MAX_MEMBERS;
  }

  /** The two groups of a story that tells two events, or null when it tells one. */
  static List<List<StoryVector>> bisect(List<StoryVector> ms) {
    return examines(ms.size()) ? bisect(ms, written(ms)) : null;
  }

  /** As {@link #bisect(List)}, with the reports' names already read ({@link #written}). */
  static List<List<StoryVector>> bisect(List<StoryVector> ms, Map<String, BitSet> written) {
    int n = ms.size();
    if (!examines(n)) {
      return null;
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
    // reports that write neither signature join the side whose strongest names they miss less, else the nearer
    return assignByNames(ms, written, g1, g2);
  }

  /**
   * The two groups of a story that tells a second event of one kind after a first, or null. The reports of the
   * second event name the first one's subject in passing ("the team's second such arrest in less than a month",
   * "fellow player Vance was arrested last month"), so the two share names and the name split finds no pair of
   * names never written together; but each report is about one subject, the name it writes most
   * ({@link StoryVector#getLead}). The split: a frequent name X (written by {@link #SHARE} of the story and
   * {@link #MIN_SIDE} reports, and not written by as many), the subject of {@link #LEAD_SHARE} of the reports that
   * write it; the reports that never write X have one subject Y in {@link #LEAD_SHARE} of them, and Y is the subject
   * of none of X's reports. One event told by two camps does not split: its reports name both subjects, so no
   * frequent name is missing from a whole side. Of several such names, the one with the larger smaller side.
   * Work: linear in the reports times their names.
   */
  static List<List<StoryVector>> bisectByLead(List<StoryVector> ms) {
    return examines(ms.size()) ? bisectByLead(ms, written(ms)) : null;
  }

  /** As {@link #bisectByLead(List)}, with the reports' names already read ({@link #written}). */
  static List<List<StoryVector>> bisectByLead(List<StoryVector> ms, Map<String, BitSet> written) {
    int n = ms.size();
    if (!examines(n)) {
      return null;
    }
    Map<String, String> surname = surnames(ms);
    String[] lead = new String[n];
    for (int i = 0; i < n; i++) {
      String l = ms.get(i).getLead();
      lead[i] = surname.getOrDefault(l, l);
    }
    double least = Math.max(MIN_SIDE, SHARE * n);
    BitSet best = null;
    int bestSize = 0;
    for (Map.Entry<String, BitSet> e : written.entrySet()) {
      String x = e.getKey();
      BitSet side = e.getValue();
      int ns = side.cardinality();
      int smaller = Math.min(ns, n - ns);
      if (smaller < least || smaller <= bestSize) {
        continue;
      }
      int leadsX = 0;
      Map<String, Integer> others = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        if (side.get(i)) {
          leadsX += x.equals(lead[i]) ? 1 : 0;
        } else if (!lead[i].isEmpty()) {
          others.merge(lead[i], 1, Integer::sum);
        }
      }
      String y = null;
      int leadsY = 0;
      for (Map.Entry<String, Integer> o : others.entrySet()) {
        if (o.getValue() > leadsY) {
          leadsY = o.getValue();
          y = o.getKey();
        }
      }
      if (leadsX < LEAD_SHARE * ns || y == null || leadsY < LEAD_SHARE * (n - ns)) {
        continue;
      }
      boolean yLeadsInX = false;
      for (int i = side.nextSetBit(0); i >= 0; i = side.nextSetBit(i + 1)) {
        yLeadsInX |= y.equals(lead[i]);
      }
      if (!yLeadsInX) {
        best = side;
        bestSize = smaller;
      }
    }
    if (best == null) {
      return null;
    }
    List<StoryVector> p1 = new ArrayList<>();
    List<StoryVector> p2 = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (best.get(i) ? p1 : p2).add(ms.get(i));
    }
    return List.of(p1, p2);
  }

  /** Each name of the reports ({@link #names}) with the reports that write it (bit i: report i). */
  static Map<String, BitSet> written(List<StoryVector> ms) {
    int n = ms.size();
    List<TreeSet<String>> names = names(ms);
    Map<String, BitSet> written = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String e : names.get(i)) {
        written.computeIfAbsent(e, x -> new BitSet(n)).set(i);
      }
    }
    return written;
  }

  /**
   * The two groups of a story whose reports tell two times more than {@code gapDays} apart, or null. A report's time
   * is its publication date, else the date its text suggests ({@link StoryVector#getEstimated}); the cut is the
   * widest gap between consecutive times that leaves {@link #MIN_SIDE} timed reports on each side. Estimates are
   * weak (a report may write only an older event's year), so two groups of estimates never split: one side needs
   * {@link #MIN_SIDE} dated reports. Reports with no time join a side by their names ({@link #assignByNames}); both
   * sides must then hold {@link #SHARE} of the story, and one side must have a name of its own ({@link #ownName},
   * written by {@link #OWN_COVER} of its reports):
   * a single event whose undated reports write only a background year ("the 2004 tsunami") names the same people
   * and places on both sides. Work: a sort of the story's times, then linear.
   */
  static List<List<StoryVector>> bisectByTime(List<StoryVector> ms, int gapDays) {
    return gapDays > 0 && examines(ms.size()) ? bisectByTime(ms, gapDays, written(ms)) : null;
  }

  /** As {@link #bisectByTime(List, int)}, with the reports' names already read ({@link #written}). */
  static List<List<StoryVector>> bisectByTime(List<StoryVector> ms, int gapDays, Map<String, BitSet> written) {
    int n = ms.size();
    if (gapDays <= 0 || !examines(n)) {
      return null;
    }
    long[] time = new long[n];
    boolean[] dated = new boolean[n];
    List<Integer> timed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      java.time.LocalDate d = StoryLinker.date(ms.get(i).getPublished());
      dated[i] = d != null;
      if (d == null) {
        d = StoryLinker.date(ms.get(i).getEstimated());
      }
      if (d != null) {
        time[i] = d.toEpochDay();
        timed.add(i);
      }
    }
    timed.sort(java.util.Comparator.comparingLong(i -> time[i]));
    int m = timed.size();
    int[] datedBefore = new int[m + 1];
    for (int k = 0; k < m; k++) {
      datedBefore[k + 1] = datedBefore[k] + (dated[timed.get(k)] ? 1 : 0);
    }
    int cut = -1;
    long widest = gapDays;
    for (int k = MIN_SIDE; k <= m - MIN_SIDE; k++) {
      long gap = time[timed.get(k)] - time[timed.get(k - 1)];
      boolean datedSide = datedBefore[k] >= MIN_SIDE || datedBefore[m] - datedBefore[k] >= MIN_SIDE;
      if (gap > widest && datedSide) {
        widest = gap;
        cut = k;
      }
    }
    if (cut < 0) {
      return null;
    }
    BitSet g1 = new BitSet(n);
    BitSet g2 = new BitSet(n);
    for (int k = 0; k < m; k++) {
      (k < cut ? g1 : g2).set(timed.get(k));
    }
    List<List<StoryVector>> two = assignByNames(ms, written, g1, g2);
    double least = Math.max(MIN_SIDE, SHARE * n);
    if (two.get(0).size() < least || two.get(1).size() < least) {
      return null;
    }
    if (!ownName(ms, written, two.get(0))) {
      return null;
    }
    return two;
  }

  /** Whether one side has a name written by {@link #OWN_COVER} of its reports and at most {@link #OTHER} of the other's. */
  static boolean ownName(List<StoryVector> ms, Map<String, BitSet> written, List<StoryVector> first) {
    int n = ms.size();
    java.util.Set<String> in1 = new java.util.HashSet<>();
    first.forEach(v -> in1.add(v.getArticleId()));
    BitSet b1 = new BitSet(n);
    BitSet b2 = new BitSet(n);
    for (int i = 0; i < n; i++) {
      (in1.contains(ms.get(i).getArticleId()) ? b1 : b2).set(i);
    }
    List<String> all = new ArrayList<>(written.keySet());
    return !signature(all, written, b1, b2, OWN_COVER).isEmpty()
        || !signature(all, written, b2, b1, OWN_COVER).isEmpty();
  }

  /**
   * The two sides, {@code g1} and {@code g2} as seeds (a time split's timed reports, a name split's groups); a report
   * in neither joins
   * the side whose names it writes more (names written by half the side's seed reports and at most {@link #OTHER}
   * of the other's), else the side whose strongest names ({@link #COVER} of its reports) it misses less (a brief on
   * the old casting that never names the new actor every report of the new one names), else the side whose summed
   * vector is nearer.
   */
  static List<List<StoryVector>> assignByNames(List<StoryVector> ms, BitSet g1, BitSet g2) {
    return assignByNames(ms, written(ms), g1, g2);
  }

  /** As {@link #assignByNames(List, BitSet, BitSet)}, with the reports' names already read ({@link #written}). */
  static List<List<StoryVector>> assignByNames(List<StoryVector> ms, Map<String, BitSet> written, BitSet g1,
      BitSet g2) {
    int n = ms.size();
    List<String> shared = new ArrayList<>();
    written.forEach((e, b) -> {
      if (b.cardinality() >= 2) {
        shared.add(e);
      }
    });
    List<String> sig1 = signature(shared, written, g1, g2, 0.5);
    List<String> sig2 = signature(shared, written, g2, g1, 0.5);
    List<String> strong1 = signature(shared, written, g1, g2, COVER);
    List<String> strong2 = signature(shared, written, g2, g1, COVER);
    BitSet n1 = (BitSet) g1.clone();
    BitSet n2 = (BitSet) g2.clone();
    for (int i = 0; i < n; i++) {
      if (g1.get(i) || g2.get(i)) {
        continue;
      }
      int s1 = count(sig1, written, i);
      int s2 = count(sig2, written, i);
      int missed1 = strong1.size() - count(strong1, written, i);
      int missed2 = strong2.size() - count(strong2, written, i);
      if (s1 > s2 || s1 == s2 && missed1 < missed2) {
        n1.set(i);
      } else if (s2 > s1 || missed2 < missed1) {
        n2.set(i);
      }
    }
    return assign(ms, n1, n2);
  }

  /** The two sides: {@code g1}'s and {@code g2}'s reports, the others with the side whose summed vector is nearer. */
  private static List<List<StoryVector>> assign(List<StoryVector> ms, BitSet g1, BitSet g2) {
    Map<String, Double> c1 = centroid(ms, g1);
    Map<String, Double> c2 = centroid(ms, g2);
    int size1 = g1.cardinality();
    int size2 = g2.cardinality();
    List<StoryVector> p1 = new ArrayList<>();
    List<StoryVector> p2 = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
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
    Map<String, String> surname = surnames(ms);
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

  /**
   * First names and titles read as the surname they are written before: the two-word {@code e:} features of at
   * least two reports that account for half the reports writing their first word.
   */
  static Map<String, String> surnames(List<StoryVector> ms) {
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
    return surname;
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
