package io.crossfact.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** One person an article names, with what it says about them; mutable only while the article is read. */
public final class Person {
  private final String name;
  private final String surnameKey;
  private final String firstKey;
  private final int introducedAt;
  private final List<String> roles = new ArrayList<>();
  private Gender gender;
  private boolean strong;

  Person(String name, Gender gender, int introducedAt, boolean strong) {
    this.name = name;
    this.surnameKey = NameCanonicalizer.surnameKey(name);
    int sp = name.indexOf(' ');
    this.firstKey = sp < 0 ? "" : name.substring(0, sp).toLowerCase(Locale.ROOT);
    this.gender = gender;
    this.introducedAt = introducedAt;
    this.strong = strong;
  }

  /** The canonical name: the fullest form the article introduced, titles off. */
  public String name() {
    return name;
  }

  /** Roles as stated, in text order, without repeats. */
  public List<String> roles() {
    return Collections.unmodifiableList(roles);
  }

  String surnameKey() {
    return surnameKey;
  }

  String firstKey() {
    return firstKey;
  }

  boolean isFullName() {
    return !firstKey.isEmpty();
  }

  int introducedAt() {
    return introducedAt;
  }

  Gender gender() {
    return gender;
  }

  /** Learns a gender from an honorific or a resolved pronoun; a known gender is never overwritten. */
  void learnGender(Gender g) {
    if (gender == Gender.UNKNOWN) {
      gender = g;
    }
  }

  /** Whether the evidence says this is a person (a title, a known given name, a quote), not just capitals. */
  boolean isStrong() {
    return strong;
  }

  void markStrong() {
    strong = true;
  }

  void addRole(String role) {
    if (!roles.contains(role)) {
      roles.add(role);
    }
  }

  /** Whether a description ({@code oregon senator}) fits this person's stated roles word by word. */
  boolean fits(List<String> descriptionWords) {
    if (roles.isEmpty() || descriptionWords.isEmpty()) {
      return false;
    }
    StringBuilder all = new StringBuilder();
    for (String r : roles) {
      all.append(' ').append(r.toLowerCase(Locale.ROOT)).append(' ');
      String state = States.ofPartyTag(r);
      if (state != null) {
        all.append(state).append(' '); // "(R-Fla.)" makes "the Florida senator" fit
      }
    }
    String hay = all.toString();
    for (String w : descriptionWords) {
      if (!hay.contains(w) && !hay.contains(singular(w))) {
        return false;
      }
    }
    return true;
  }

  private static String singular(String w) {
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  @Override
  public String toString() {
    return name + (roles.isEmpty() ? "" : " " + roles) + " " + gender;
  }
}
