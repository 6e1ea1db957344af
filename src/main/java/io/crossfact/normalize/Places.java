package io.crossfact.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The places a figure can be scoped to: countries, US states (with AP abbreviations such as {@code Vt.}), large
 * cities and demonyms ({@code Kenyan} → Kenya), read from {@code /lexicon/places.tsv} on the classpath.
 *
 * <p>Lookups take the lower-cased written form of one to {@link #maxTokens()} tokens, joined as written (a space
 * between words, none before a glued period: {@code new hampshire}, {@code vt.}, {@code u.s.}).
 */
public final class Places {
  public static final String COUNTRY = "country";
  public static final String STATE = "state";
  public static final String CITY = "city";
  public static final String DEMONYM = "demonym";

  /** One place: its canonical name, its type and the country it lies in (its own name for a country). */
  public static final class Place {
    public final String name;
    public final String type;
    public final String country;
    /** Also a first name or common word: only trusted when no capitalized word touches it. */
    public final boolean ambiguous;

    Place(String name, String type, String country, boolean ambiguous) {
      this.name = name;
      this.type = type;
      this.country = country;
      this.ambiguous = ambiguous;
    }

    @Override
    public String toString() {
      return name + "(" + type + ")";
    }
  }

  private static final String RESOURCE = "/lexicon/places.tsv";
  private static volatile Places defaults;

  private final Map<String, Place> byForm;
  private final Set<String> firstWords;
  private final int maxTokens;

  private Places(Map<String, Place> byForm) {
    this.byForm = byForm;
    Set<String> first = new HashSet<>();
    int max = 1;
    for (String form : byForm.keySet()) {
      int sp = form.indexOf(' ');
      String head = sp < 0 ? form : form.substring(0, sp);
      int dot = head.indexOf('.');
      // "vt." is reached from the token "vt"; "u.s." is a single token
      first.add(dot == head.length() - 1 && head.indexOf('.') == head.lastIndexOf('.') ? head.substring(0, dot) : head);
      int comma = head.indexOf(',');
      if (comma > 0) {
        first.add(head.substring(0, comma));
      }
      max = Math.max(max, tokenCount(form));
    }
    this.firstWords = first;
    this.maxTokens = max;
  }

  /** The packed lexicon, loaded once per JVM. */
  public static Places defaults() {
    Places p = defaults;
    if (p == null) {
      synchronized (Places.class) {
        p = defaults;
        if (p == null) {
          p = load(Places.class.getResourceAsStream(RESOURCE));
          defaults = p;
        }
      }
    }
    return p;
  }

  static Places load(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("place lexicon " + RESOURCE + " is missing from the classpath");
    }
    Map<String, Place> map = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          throw new IllegalStateException(RESOURCE + " line " + n + " needs 4 tab-separated columns: " + line);
        }
        map.put(f[0].strip(), new Place(f[1].strip(), f[2].strip(), f[3].strip(),
            f.length > 4 && f[4].strip().equals("ambiguous")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Places(map);
  }

  /** The place written this way (lower case, joined as written), or {@code null}. */
  public Place lookup(String form) {
    return byForm.get(form);
  }

  /** Whether some place's written form starts with this lower-cased word: a cheap pre-check before n-gram lookups. */
  public boolean mayStart(String lowerWord) {
    return firstWords.contains(lowerWord);
  }

  /** The most tokens a written form spans ({@code democratic republic of the congo}: 5). */
  public int maxTokens() {
    return maxTokens;
  }

  private static int tokenCount(String form) {
    int count = 1;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c == ' ' || c == ',') {
        count++;
      }
    }
    return count + 1;
  }
}
