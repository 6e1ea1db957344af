package io.crossfact.eval;

import io.crossfact.eval.ExpertTemplates.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Inserts one invented expert (a {@link Template} filled from the word lists with a seeded {@link Random}) into a
 * real article at a paragraph boundary, and says where the expert's quoted words landed.
 */
public final class ExpertInserter {
  /**
   * One insertion: the new text, the inserted block's offsets in it, the expert's name (and any other invented
   * person the template adds), and the offsets of every quoted span of the block in the new text.
   */
  public record Insertion(String articleId, String templateId, String expert, List<String> others, String text,
      int blockStart, int blockEnd, List<int[]> quotes) {}

  private final Map<String, List<String>> pools;
  private final List<String> genericNames;

  /**
   * @param pools the word lists ({@link ExpertTemplates#pools()})
   * @param genericNames the configured generic names (lower or any case; title-cased here), full names only
   */
  public ExpertInserter(Map<String, List<String>> pools, Collection<String> genericNames) {
    this.pools = pools;
    List<String> full = new ArrayList<>();
    for (String n : genericNames) {
      if (n.trim().split("\\s+").length >= 2) {
        full.add(titleCase(n.trim()));
      }
    }
    full.sort(null);
    this.genericNames = full;
    for (String s : List.of("female", "male", "surname", "institute-head", "institute-tail", "vague", "field",
        "quote")) {
      if (pools.getOrDefault(s, List.of()).isEmpty()) {
        throw new IllegalArgumentException("expert pools: section [" + s + "] is empty");
      }
    }
  }

  /**
   * The article with the template's block inserted at one of its paragraph boundaries (never before the first
   * paragraph, the headline), names not yet in {@code used} (which this adds to) when the lists allow.
   */
  public Insertion insert(String articleId, String text, Template t, Random rnd, Set<String> used) {
    Person p = person(t.names().equals(ExpertTemplates.GENERIC), rnd, used);
    Person second = person(false, rnd, used);
    String block = render(t, p, second, rnd);
    List<int[]> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < block.length()) {
      int open = block.indexOf("[[", i);
      if (open < 0) {
        plain.append(block, i, block.length());
        break;
      }
      int close = block.indexOf("]]", open);
      if (close < 0) {
        throw new IllegalArgumentException("expert template " + t.id() + ": [[ without ]]");
      }
      plain.append(block, i, open);
      int s = plain.length();
      plain.append(block, open + 2, close);
      spans.add(new int[] {s, plain.length()});
      i = close + 2;
    }
    List<Integer> boundaries = new ArrayList<>();
    for (int b = text.indexOf("\n\n"); b >= 0; b = text.indexOf("\n\n", b + 2)) {
      if (text.substring(0, b).strip().length() > 0 && text.substring(b).strip().length() > 0) {
        boundaries.add(b);
      }
    }
    int at = boundaries.isEmpty() ? text.length() : boundaries.get(rnd.nextInt(boundaries.size()));
    String prefix = "\n\n";
    String out = text.substring(0, at) + prefix + plain + text.substring(at);
    int start = at + prefix.length();
    List<int[]> quotes = new ArrayList<>();
    for (int[] s : spans) {
      quotes.add(new int[] {start + s[0], start + s[1]});
    }
    List<String> others = t.text().contains("{First2}") ? List.of(second.first + " " + second.last) : List.of();
    return new Insertion(articleId, t.id(), p.first + " " + p.last, others, out, start, start + plain.length(),
        quotes);
  }

  private record Person(String first, String last, boolean female) {}

  private Person person(boolean generic, Random rnd, Set<String> used) {
    for (int attempt = 0; attempt < 200; attempt++) {
      String first;
      String last;
      boolean female;
      if (generic) {
        String[] n = genericNames.isEmpty() ? new String[] {"Sarah", "Johnson"}
            : genericNames.get(rnd.nextInt(genericNames.size())).split("\\s+", 2);
        first = n[0];
        last = n[1];
        female = pools.get("female").contains(first) || pools.getOrDefault("female-also", List.of()).contains(first);
      } else {
        female = rnd.nextBoolean();
        first = pick(female ? "female" : "male", rnd);
        last = pick("surname", rnd);
      }
      // a generic name recurs by design once the short list is used up: content farms reuse theirs
      if (used.add((first + " " + last).toLowerCase(Locale.ROOT)) || generic && attempt >= genericNames.size() * 4) {
        return new Person(first, last, female);
      }
    }
    throw new IllegalStateException("expert pools: not enough distinct names");
  }

  private String render(Template t, Person p, Person second, Random rnd) {
    List<String> quotes = new ArrayList<>(pools.get("quote"));
    java.util.Collections.shuffle(quotes, rnd);
    String inst = pick("institute-head", rnd) + " " + pick("institute-tail", rnd);
    String name = p.first + " " + p.last;
    String s = t.text().replace("\\n", "\n\n");
    String[][] values = {
        {"{Name}", name}, {"{First}", p.first}, {"{Last}", p.last},
        {"{NAME}", name.toUpperCase(Locale.ROOT)}, {"{lname}", name.toLowerCase(Locale.ROOT)},
        {"{First2}", second.first}, {"{Last2}", second.last},
        {"{he}", p.female ? "she" : "he"}, {"{He}", p.female ? "She" : "He"},
        {"{his}", p.female ? "her" : "his"}, {"{His}", p.female ? "Her" : "His"},
        {"{him}", p.female ? "her" : "him"},
        {"{inst}", inst}, {"{INST}", inst.toUpperCase(Locale.ROOT)},
        {"{vague}", pick("vague", rnd)}, {"{field}", pick("field", rnd)},
        {"{q1}", quotes.get(0)}, {"{q2}", quotes.get(1)}, {"{q3}", quotes.get(2)},
        {"{q1lc}", lowerFirst(quotes.get(0))}, {"{q2lc}", lowerFirst(quotes.get(1))},
    };
    for (String[] v : values) {
      s = s.replace(v[0], v[1]);
    }
    if (s.matches("(?s).*\\{[A-Za-z0-9]+\\}.*")) {
      throw new IllegalArgumentException("expert template " + t.id() + ": unknown placeholder in " + s);
    }
    return s;
  }

  private String pick(String section, Random rnd) {
    List<String> l = pools.get(section);
    return l.get(rnd.nextInt(l.size()));
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String titleCase(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
