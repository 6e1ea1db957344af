package io.crossfact.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Story ids, components and labels. */
public final class Stories {
  private Stories() {}

  /**
   * A story's id: the id of its earliest report (by publication date; undated reports after dated ones, ties by
   * article id), so it stays put while later reports join.
   */
  public static String storyId(List<StoryVector> members) {
    StoryVector first = null;
    for (StoryVector v : members) {
      if (first == null || StoryBlocker.ORDER.compare(v, first) < 0) {
        first = v;
      }
    }
    return first == null ? "" : first.getArticleId();
  }

  /** The sort key of {@link #storyId}: min over members of this string gives the earliest. */
  public static String orderKey(String published, String articleId) {
    return (published == null || published.isEmpty() ? "~" : published) + "\u0000" + articleId;
  }

  /** The article id inside an {@link #orderKey}. */
  public static String idOfOrderKey(String key) {
    return key.substring(key.indexOf('\u0000') + 1);
  }

  /**
   * A label a reader recognises the story by: the names and terms with the most weight summed over its reports,
   * names first, at most {@code n}, without their prefixes.
   */
  public static String label(Map<String, Double> weights, int n) {
    List<Map.Entry<String, Double>> all = new ArrayList<>(weights.entrySet());
    all.sort((a, b) -> {
      int c = Double.compare(b.getValue(), a.getValue());
      return c != 0 ? c : a.getKey().compareTo(b.getKey());
    });
    List<String> names = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    for (Map.Entry<String, Double> e : all) {
      String f = e.getKey();
      if (f.startsWith(StoryProfiler.NAME) && names.size() < (n + 1) / 2) {
        String name = f.substring(StoryProfiler.NAME.length());
        // a single word already inside a kept multi-word name adds nothing
        if (names.stream().noneMatch(x -> (" " + x + " ").contains(" " + name + " ")
            || (" " + name + " ").contains(" " + x + " "))) {
          names.add(name);
        } else if (name.contains(" ")) {
          names.removeIf(x -> (" " + name + " ").contains(" " + x + " "));
          names.add(name);
        }
      } else if (f.startsWith(StoryProfiler.TERM) && terms.size() < n / 2
          && !weights.containsKey(StoryProfiler.NAME + f.substring(StoryProfiler.TERM.length()))) {
        terms.add(f.substring(StoryProfiler.TERM.length()));
      }
    }
    List<String> out = new ArrayList<>(names);
    out.addAll(terms);
    return String.join("; ", out.subList(0, Math.min(n, out.size())));
  }

  /** Sum of each feature's weight over some vectors. */
  public static Map<String, Double> weights(List<StoryVector> members) {
    Map<String, Double> w = new TreeMap<>();
    for (StoryVector v : members) {
      for (int i = 0; i < v.getFeatures().length; i++) {
        w.merge(v.getFeatures()[i], v.getWeights()[i], Double::sum);
      }
    }
    return w;
  }

  /** Union-find over article ids; a component's root is its smallest id, so it is deterministic. */
  public static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    public String find(String x) {
      String root = x;
      String p;
      while ((p = parent.get(root)) != null && !p.equals(root)) {
        root = p;
      }
      String cur = x;
      while (!cur.equals(root)) {
        String next = parent.get(cur);
        parent.put(cur, root);
        cur = next;
      }
      return root;
    }

    public void union(String a, String b) {
      parent.putIfAbsent(a, a);
      parent.putIfAbsent(b, b);
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    /** Every id seen, to its component's smallest id, sorted. */
    public Map<String, String> labels() {
      Map<String, String> out = new TreeMap<>();
      for (String id : new ArrayList<>(parent.keySet())) {
        out.put(id, find(id));
      }
      return out;
    }
  }
}
