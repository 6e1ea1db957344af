package io.crossfact.compare.variants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * British and American spellings of one word ("colour"/"color", "defence"/"defense"), from the maintained public
 * list in {@code variants/british-american-spellings.tsv} (source and licence in the README beside it).
 */
public final class SpellingVariants implements VariantRule.Rewrite {
  private static final Map<String, String> AMERICAN = load();

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = SpellingVariants.class.getResourceAsStream("/variants/british-american-spellings.tsv")) {
      if (in == null) {
        throw new IllegalStateException("variants/british-american-spellings.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] p = line.split("\t");
        if (p.length == 2) {
          m.put(p[0].trim(), p[1].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }

  static int size() {
    return AMERICAN.size();
  }

  @Override
  public String name() {
    return "spelling-variant";
  }

  @Override
  public List<String> rewrite(String word) {
    return List.of(AMERICAN.getOrDefault(word, word));
  }
}
