package io.crossfact.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a sentence attributes its figures to: "according to the U.S. Geological Survey", "police said", "Nugroho told
 * Agence-France Presse", "the Associated Press reported". The source as written, empty when the sentence names none.
 */
final class AttributionRecognizer {
  private static final String NAME = "(?:the\\s+)?(?:[A-Z][\\w.'\u2019&-]*\\s+){0,5}[A-Z][\\w.'\u2019&-]*";
  private static final String ROLE = "(?:police|officials|authorities|witnesses|rescuers|doctors|prosecutors"
      + "|investigators|medics|residents|(?:local|state|federal|city|provincial|government|hospital|health|police"
      + "|disaster|military|army|UN|U\\.N\\.)\\s+(?:officials?|authorit(?:y|ies)|spokes(?:man|woman|person)|agency"
      + "|sources?)|(?:the\\s+)?(?:[a-z]+\\s+){0,2}(?:service|agency|ministry|department|office|commissioner|governor|mayor|minister|official|spokes(?:man|woman|person)))";
  private static final Pattern ACCORDING = Pattern.compile("\\baccording\\s+to\\s+(" + NAME + "|(?i:" + ROLE + "))");
  private static final Pattern SAID_AFTER = Pattern.compile("(?:^|[,;\u2014]\\s*|\\b)(" + NAME + "|(?i:(?:the\\s+)?"
      + ROLE + "))\\s+(?:said|says|say|told|reported|announced|confirmed)\\b");
  private static final Pattern SAID_BEFORE = Pattern.compile(
      "\\b(?:said|says|told)\\s+(" + NAME + "|(?:the\\s+)?" + ROLE + ")\\s*[.,]");

  /** {@code s.matches("(?i)(?:the\\s+)?" + ROLE)}, compiled once. */
  private static final Pattern ROLE_ONLY = Pattern.compile("(?i)(?:the\\s+)?" + ROLE);

  private AttributionRecognizer() {}

  /** The source the sentence attributes its content to, or "". */
  static String source(String sentence) {
    String s = find(sentence);
    return s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1) : s;
  }

  private static String find(String sentence) {
    // cheap pre-checks: each pattern needs its verb (or "according") as written, outside its case-insensitive parts
    if (sentence.contains("according")) {
      Matcher m = ACCORDING.matcher(sentence);
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    boolean saidOrTold = sentence.contains("said") || sentence.contains("say") || sentence.contains("told");
    if (!saidOrTold && !sentence.contains("reported") && !sentence.contains("announced")
        && !sentence.contains("confirmed")) {
      return "";
    }
    Matcher m = SAID_AFTER.matcher(sentence);
    String last = "";
    while (m.find()) {
      String s = m.group(1).strip();
      String bare = s.startsWith("the ") ? s.substring(4) : s;
      if (!bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) && bare.length() > 3 && !bare.equals("The")
          || ROLE_ONLY.matcher(s).matches())) {
        last = s;
      }
    }
    if (!last.isEmpty()) {
      return last;
    }
    if (!saidOrTold) {
      return ""; // SAID_BEFORE needs said, says or told
    }
    m = SAID_BEFORE.matcher(sentence);
    return m.find() ? m.group(1).strip() : "";
  }
}
