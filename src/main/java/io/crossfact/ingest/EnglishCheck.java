package io.crossfact.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * crossfact reads English only: a cheap check on the first few thousand characters of a document. A text written
 * mostly in a non-Latin script (Cyrillic, CJK, Arabic, ...) is not English; a Latin-script text whose words are
 * rarely English function words (German, French, Spanish, ...) is not English either. Names and numbers do not
 * count against a text: only words of letters are counted, and an English text keeps its function words around
 * them. A text with fewer than {@link #MIN_LETTERS} letters is not judged (a CJK character counts as three).
 */
public final class EnglishCheck {
  /** The reason a non-English document is quarantined with. */
  public static final String REASON = "not English";
  /** How much of a document is looked at. */
  static final int SAMPLE_CHARS = 4000;
  /** Shorter texts are not judged (too few words to tell). */
  static final int MIN_LETTERS = 200;
  /** Above this share of letters in a non-Latin script, the text is not English. */
  static final double MAX_NON_LATIN = 0.5;
  /** Below this share of English function words among the words, the text is not English. */
  static final double MIN_STOP_WORDS = 0.12;

  // Frequent English function words that are not also frequent words of German, French or Spanish ("a", "in",
  // "an", "on", "die", "no" and the like are left out on purpose).
  private static final Set<String> STOP = Set.of(
      "the", "of", "and", "to", "that", "for", "with", "was", "were", "is", "are", "it", "this", "from", "by", "as",
      "at", "be", "have", "has", "had", "not", "but", "they", "he", "she", "his", "her", "their", "which", "who",
      "would", "will", "been", "said", "or", "its", "after", "about", "we", "you", "than", "more", "when", "there",
      "also", "into", "out", "can", "all", "one", "what", "if", "up", "them", "our", "could", "should", "over",
      "other", "some", "any", "these", "those", "where", "while", "because", "before", "during", "under");

  private EnglishCheck() {}

  /** Null when the text is English or too short to judge, else the reason ({@link #REASON} with the evidence). */
  public static String notEnglish(String text) {
    if (text == null) {
      return null;
    }
    String s = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    int latin = 0;
    int other = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') {
          latin++; // the ASCII letters are the only ASCII letters, all Latin: no script lookup
        }
      } else if (Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          // A Chinese, Japanese or Korean character says about as much as a short word: it counts for three.
          other += script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
              || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL ? 3 : 1;
        }
      }
    }
    int letters = latin + other;
    if (letters < MIN_LETTERS) {
      return null;
    }
    if (other > MAX_NON_LATIN * letters) {
      return REASON + " (" + Math.round(100.0 * other / letters) + "% of letters in a non-Latin script)";
    }
    int words = 0;
    int stop = 0;
    // the words are the runs of letters and apostrophes of the lower-cased sample (as a split on [^\p{L}']+ gives
    // them), apostrophes dropped; only words all in the Latin script count
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder t = new StringBuilder();
    boolean latinWord = true;
    for (int i = 0; i <= lower.length(); ) {
      int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
      i += i < lower.length() ? Character.charCount(cp) : 1;
      if (cp == '\'') {
        continue;
      }
      if (cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' : Character.isLetter(cp)) {
        t.appendCodePoint(cp);
        latinWord &= cp < 0x80 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
        continue;
      }
      if (t.length() > 0 && latinWord) {
        words++;
        if (STOP.contains(t.toString())) {
          stop++;
        }
      }
      t.setLength(0);
      latinWord = true;
    }
    if (words > 0 && stop < MIN_STOP_WORDS * words) {
      return REASON + " (" + Math.round(100.0 * stop / words) + "% English function words among " + words + ")";
    }
    return null;
  }
}
