package io.crossfact.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invented-expert templates and the word lists they draw from, kept as data ({@code expert-templates.txt},
 * {@code expert-pools.txt} beside this class): a new layout is a new line, not new code.
 */
public final class ExpertTemplates {
  /** Names drawn from the generator's own first-name and surname lists. */
  public static final String INVENTED = "invented";
  /** Names drawn from the configured generic-name list. */
  public static final String GENERIC = "generic";

  /** One layout: its id, where the name comes from, what it shows, and the text with placeholders. */
  public record Template(String id, String names, String shape, String text) {}

  private ExpertTemplates() {}

  /** The packed templates, in file order. */
  public static List<Template> load() {
    return parse(resource("expert-templates.txt"));
  }

  /** The packed word lists, by section name. */
  public static Map<String, List<String>> pools() {
    return parsePools(resource("expert-pools.txt"));
  }

  static List<Template> parse(List<String> lines) {
    List<Template> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4 || f[0].isBlank() || f[3].isBlank()) {
        throw new IllegalArgumentException("expert template line " + (i + 1) + ": want id, names, shape, text");
      }
      if (!f[1].equals(INVENTED) && !f[1].equals(GENERIC)) {
        throw new IllegalArgumentException("expert template " + f[0] + ": names must be invented or generic");
      }
      if (!ids.add(f[0])) {
        throw new IllegalArgumentException("expert template " + f[0] + " is defined twice");
      }
      if (!f[3].contains("[[")) {
        throw new IllegalArgumentException("expert template " + f[0] + " marks no quoted words with [[ ]]");
      }
      out.add(new Template(f[0], f[1], f[2], f[3]));
    }
    return out;
  }

  static Map<String, List<String>> parsePools(List<String> lines) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (t.startsWith("[") && t.endsWith("]")) {
        current = out.computeIfAbsent(t.substring(1, t.length() - 1), k -> new ArrayList<>());
      } else if (current != null) {
        current.add(t);
      }
    }
    return out;
  }

  private static List<String> resource(String name) {
    try (InputStream in = ExpertTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
