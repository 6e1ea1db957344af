package io.crossfact.compare;

import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Whom the person-bound figures of one story are about, across its reports (an age, a fall, games missed belong to a
 * named person by canonical name). Two rules, each leaving undecided what it cannot decide:
 *
 * <ul>
 *   <li><b>spelling variants</b>: two surnames of one story that differ by one letter ("Rait", "Raite") are one
 *       person, named as most reports name them;</li>
 *   <li><b>the unnamed N-year-old</b>: a figure whose sentence names nobody but gives an unnamed age ("a 36-year-old
 *       climber fell 150 metres") is about the one person of the story given that age by name elsewhere; when no one
 *       or several people have that age, it stays unnamed and is not compared.</li>
 * </ul>
 */
final class FigureSubjects {
  private FigureSubjects() {}

  /** The subject of each figure of the group (same order), "" when unknown. */
  static List<String> resolve(List<Assertion> group) {
    Map<String, Set<String>> articlesOf = new TreeMap<>();
    for (Assertion a : group) {
      if (!a.getAbout().isEmpty()) {
        articlesOf.computeIfAbsent(a.getAbout(), k -> new TreeSet<>()).add(a.getArticleId());
      }
    }
    Map<String, String> canonical = new HashMap<>();
    List<String> names = new ArrayList<>(articlesOf.keySet());
    for (String n : names) {
      String best = n;
      for (String m : names) {
        if (!m.equals(n) && oneLetterApart(n, m) && prefer(m, best, articlesOf)) {
          best = m;
        }
      }
      canonical.put(n, best);
    }
    // the named ages of the story: age -> people
    Map<Long, Set<String>> namedAges = new TreeMap<>();
    for (Assertion a : group) {
      if (a.getMetricClass().equals("age") && !a.getAbout().isEmpty() && exact(a)) {
        namedAges.computeIfAbsent(Math.round(a.getLow()), k -> new TreeSet<>()).add(canonical.get(a.getAbout()));
      }
    }
    List<String> out = new ArrayList<>();
    for (Assertion a : group) {
      if (!a.getAbout().isEmpty()) {
        out.add(canonical.get(a.getAbout()));
        continue;
      }
      String who = "";
      // an unnamed age itself is never given a name by its value: that would make every unnamed 19-year-old of the
      // story the named one
      for (Assertion age : a.getMetricClass().equals("age") ? List.<Assertion>of() : group) {
        if (age.getMetricClass().equals("age") && age.getAbout().isEmpty() && exact(age)
            && age.getArticleId().equals(a.getArticleId()) && age.getTextStart() == a.getTextStart()) {
          Set<String> people = namedAges.get(Math.round(age.getLow()));
          if (people != null && people.size() == 1) {
            who = people.iterator().next();
          }
          break;
        }
      }
      out.add(who);
    }
    return out;
  }

  private static boolean exact(Assertion a) {
    return a.getLow() == a.getHigh() && a.getLow() > 0;
  }

  /** The name more reports use; on a tie the shorter, then the first in order. */
  private static boolean prefer(String m, String best, Map<String, Set<String>> articlesOf) {
    int cm = articlesOf.get(m).size();
    int cb = articlesOf.get(best).size();
    if (cm != cb) {
      return cm > cb;
    }
    return m.length() != best.length() ? m.length() < best.length() : m.compareTo(best) < 0;
  }

  /** Surnames of at least four letters that differ by one inserted, deleted or replaced letter. */
  static boolean oneLetterApart(String x, String y) {
    if (x.length() < 4 || y.length() < 4 || Math.abs(x.length() - y.length()) > 1 || x.equals(y)) {
      return false;
    }
    int i = 0;
    while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    if (i == 0) {
      return false; // a different first letter is another name (Kay, Fay), not a misspelling
    }
    if (x.length() == y.length()) {
      return x.substring(i + 1).equals(y.substring(i + 1));
    }
    String longer = x.length() > y.length() ? x : y;
    String shorter = longer == x ? y : x;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
