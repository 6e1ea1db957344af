package io.crossfact.compare;

import io.crossfact.model.Assertion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expert a quote's own sentence names when the extraction gave the quote nobody (or only a title, or the
 * institution after the person): a name behind an academic or medical title, outside the quoted words, however the
 * page typed it ({@code said Dr. Helen Brooks, a senior analyst}, {@code said dr. tomas brennan}, {@code said DR.
 * ROSA ALVARO}, {@code Dr.Paul Ostrander}, {@code Professor Ada Quill of the Institute for ...}).
 */
final class TitledSpeakers {
  private static final Pattern TITLE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:dr|prof|professor|doctor)(?:\\.\\s*|\\s+)(?=\\p{L})");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}'\u2019\\-]*");
  /** Words that end a name: the attribution or the appositive goes on after them. */
  private static final Set<String> STOP = Set.of("of", "the", "at", "from", "with", "said", "says", "told", "tells",
      "who", "and", "in", "on", "for", "a", "an", "explains", "explained", "warns", "warned", "added", "adds", "noted",
      "notes", "believes", "agreed", "agrees", "stresses", "argues", "argued", "put", "puts", "wrote", "writes", "is",
      "was", "has", "had", "to", "as", "by", "it", "that", "this");

  private TitledSpeakers() {}

  /**
   * The titled person the quote's sentence names outside the quoted words, or empty. For a quote the extraction gave
   * an organization, only a titled person written right before that organization ("Professor Ada Quill of the
   * Institute for ...").
   */
  static String in(Assertion quote) {
    String outside = outside(quote);
    boolean organization = quote.getSpeakerKind() != null && quote.getSpeakerKind().startsWith("organi")
        && !quote.getSubject().isEmpty();
    int org = organization ? outside.indexOf(quote.getSubject()) : -1;
    if (organization && org < 0) {
      return "";
    }
    Matcher m = TITLE.matcher(outside);
    while (m.find()) {
      List<String> tokens = new ArrayList<>();
      Matcher t = TOKEN.matcher(outside);
      int at = m.end();
      while (tokens.size() < 3 && t.find(at) && t.start() == at) {
        String w = t.group();
        if (STOP.contains(w.toLowerCase(Locale.ROOT))) {
          break;
        }
        tokens.add(w);
        at = t.end();
        if (at < outside.length() && outside.charAt(at) == ' ') {
          at++;
        } else {
          break;
        }
      }
      if (tokens.size() < 2 || !consistentCase(tokens)) {
        continue;
      }
      if (organization && (m.start() > org || org - m.start() > 80)) {
        continue;
      }
      List<String> cased = new ArrayList<>();
      for (String w : tokens) {
        cased.add(Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT)) ? w : titleCase(w));
      }
      return String.join(" ", cased);
    }
    return "";
  }

  /** Whether the quote's sentence, outside the quoted words, names the speaker (their surname) at all. */
  static boolean namedIn(Assertion quote, String speaker) {
    String surname = Names.surname(speaker);
    if (surname.isEmpty()) {
      return false;
    }
    String folded = java.text.Normalizer.normalize(outside(quote), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(surname) + "(?![\\p{L}])").matcher(folded).find();
  }

  private static String outside(Assertion quote) {
    String text = quote.getText() == null ? "" : quote.getText();
    String value = quote.getValue() == null ? "" : quote.getValue();
    int v = value.isEmpty() ? -1 : text.indexOf(value);
    return v < 0 ? text : text.substring(0, v) + " \u201D " + text.substring(v + value.length());
  }

  /** All capitalised ("Helen Brooks"), all capitals ("HELEN BROOKS") or all lower case ("helen brooks"). */
  private static boolean consistentCase(List<String> tokens) {
    boolean capitalised = true;
    boolean upper = true;
    boolean lower = true;
    for (String w : tokens) {
      capitalised &= Character.isUpperCase(w.charAt(0));
      upper &= w.equals(w.toUpperCase(Locale.ROOT));
      lower &= w.equals(w.toLowerCase(Locale.ROOT));
    }
    return capitalised || upper || lower;
  }

  /** "BROOKS", "brooks" -> "Brooks"; "okafor-reyes" -> "Okafor-Reyes". */
  static String titleCase(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (char c : w.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == '-';
    }
    return b.toString();
  }
}
