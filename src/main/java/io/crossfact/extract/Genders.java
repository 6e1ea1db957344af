package io.crossfact.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names and the pronoun they usually take, from the packed {@code first-names.txt}. A name listed under both
 * genders is unknown; so is every unlisted name.
 */
final class Genders {
  private static final Map<String, Gender> NAMES = load();

  private Genders() {}

  static Gender of(String firstName) {
    Gender g = NAMES.get(firstName.toLowerCase(Locale.ROOT));
    return g == null ? Gender.UNKNOWN : g;
  }

  static boolean isKnownFirstName(String word) {
    return NAMES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> m = new HashMap<>();
    try (InputStream in = Genders.class.getResourceAsStream("first-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("first-names.txt is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        Gender g = parts[0].equals("f") ? Gender.FEMALE : Gender.MALE;
        for (int i = 1; i < parts.length; i++) {
          String k = parts[i].toLowerCase(Locale.ROOT);
          Gender prev = m.putIfAbsent(k, g);
          if (prev != null && prev != g) {
            m.put(k, Gender.UNKNOWN);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
