package io.crossfact.extract;

import io.crossfact.config.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a name as written into the form used to join mentions: titles and honorifics off, possessive off, one space
 * between words, aliases from {@code conf/aliases.csv} applied. Knows the titles, because a title is also the
 * commonest role a news text states.
 */
public final class NameCanonicalizer {
  /** Title words as written (lower case, no period) and the role they state. */
  static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry("sen", "senator"), Map.entry("senator", "senator"), Map.entry("rep", "representative"),
      Map.entry("representative", "representative"), Map.entry("gov", "governor"), Map.entry("governor", "governor"),
      Map.entry("dr", "doctor"), Map.entry("prof", "professor"), Map.entry("professor", "professor"),
      Map.entry("president", "president"), Map.entry("premier", "premier"), Map.entry("vice", "vice"), Map.entry("minister", "minister"),
      Map.entry("secretary", "secretary"), Map.entry("mayor", "mayor"), Map.entry("judge", "judge"),
      Map.entry("justice", "justice"), Map.entry("gen", "general"), Map.entry("general", "general"),
      Map.entry("lt", "lieutenant"), Map.entry("col", "colonel"), Map.entry("capt", "captain"),
      Map.entry("sgt", "sergeant"), Map.entry("maj", "major"), Map.entry("adm", "admiral"),
      Map.entry("rev", "reverend"), Map.entry("reverend", "reverend"), Map.entry("pastor", "pastor"),
      Map.entry("chancellor", "chancellor"), Map.entry("ambassador", "ambassador"),
      Map.entry("commissioner", "commissioner"), Map.entry("chairman", "chairman"),
      Map.entry("chairwoman", "chairwoman"), Map.entry("speaker", "speaker"), Map.entry("deputy", "deputy"),
      Map.entry("spokesman", "spokesman"), Map.entry("spokeswoman", "spokeswoman"),
      Map.entry("spokesperson", "spokesperson"), Map.entry("congressman", "congressman"),
      Map.entry("congresswoman", "congresswoman"), Map.entry("attorney", "attorney"), Map.entry("prime", "prime"),
      Map.entry("chief", "chief"), Map.entry("director", "director"), Map.entry("detective", "detective"),
      Map.entry("officer", "officer"), Map.entry("sheriff", "sheriff"), Map.entry("coach", "coach"),
      Map.entry("king", "king"), Map.entry("queen", "queen"), Map.entry("prince", "prince"),
      Map.entry("pope", "pope"), Map.entry("bishop", "bishop"), Map.entry("cardinal", "cardinal"),
      Map.entry("rabbi", "rabbi"), Map.entry("imam", "imam"), Map.entry("father", "father"),
      Map.entry("sister", "sister"), Map.entry("lord", "lord"), Map.entry("lady", "lady"), Map.entry("sir", "sir"),
      Map.entry("dame", "dame"), Map.entry("lawmaker", "lawmaker"), Map.entry("candidate", "candidate"),
      Map.entry("nominee", "nominee"), Map.entry("leader", "leader"), Map.entry("economist", "economist"),
      Map.entry("analyst", "analyst"), Map.entry("strategist", "strategist"), Map.entry("adviser", "adviser"),
      Map.entry("advisor", "advisor"), Map.entry("aide", "aide"), Map.entry("pollster", "pollster"),
      Map.entry("host", "host"), Map.entry("anchor", "anchor"), Map.entry("commentator", "commentator"),
      Map.entry("founder", "founder"), Map.entry("ceo", "CEO"), Map.entry("executive", "executive"),
      Map.entry("manager", "manager"), Map.entry("chair", "chair"), Map.entry("treasurer", "treasurer"),
      Map.entry("superintendent", "superintendent"), Map.entry("councilman", "councilman"),
      Map.entry("councilwoman", "councilwoman"), Map.entry("assemblyman", "assemblyman"),
      Map.entry("assemblywoman", "assemblywoman"), Map.entry("delegate", "delegate"), Map.entry("activist", "activist"));

  /** Honorifics: no role, but a gender. */
  static final Map<String, Gender> HONORIFICS = Map.of("mr", Gender.MALE, "mrs", Gender.FEMALE, "ms",
      Gender.FEMALE, "miss", Gender.FEMALE, "mister", Gender.MALE, "madam", Gender.FEMALE, "mx", Gender.UNKNOWN);

  /** Lower-case words allowed inside a name ("Ludwig van Beethoven", "Charles de Gaulle"). */
  static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del", "della",
      "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "y");

  /** Alias keys (lower case, single spaces) to canonical names; read once from the lexicons. */
  private final Map<String, String> aliases;

  public NameCanonicalizer(Lexicons lexicons) {
    Map<String, String> m = new HashMap<>();
    for (Map.Entry<String, String> e : lexicons.aliases().entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    this.aliases = m;
  }

  /** {@code "Sen. Jane  Holt’s"} -> {@code "Jane Holt"}; alias list applied last. */
  public String canonical(String written) {
    List<String> words = nameWords(written);
    if (words.isEmpty()) {
      return "";
    }
    String joined = String.join(" ", words);
    String alias = aliases.isEmpty() ? null : aliases.get(joined.toLowerCase(Locale.ROOT));
    return alias == null ? joined : alias;
  }

  /** The words of the alias's canonical name, or the words themselves when no alias applies. */
  List<String> aliased(List<String> words) {
    if (aliases.isEmpty() || words.isEmpty()) {
      return words;
    }
    String alias = aliases.get(String.join(" ", words).toLowerCase(Locale.ROOT));
    return alias == null ? words : List.of(alias.split(" "));
  }

  /** The words of a name without leading titles, honorifics or the possessive ending. */
  static List<String> nameWords(String written) {
    List<String> parts = splitWords(written);
    List<String> out = new ArrayList<>(parts.size());
    boolean leading = true;
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      String bare = bare(p);
      if (leading && i < parts.size() - 1 && (TITLES.containsKey(bare) || HONORIFICS.containsKey(bare)
          || bare.equals("the") || bare.equals("former") || bare.equals("ex") || bare.equals("of"))) {
        continue; // ... but the last word stays: a lone "King" or "Bishop" is a surname
      }
      leading = false;
      out.add(p);
    }
    // "Arkansas Gov. Mike Huckabee", "White House Press Secretary Josh Earnest": the name follows the last title
    for (int i = out.size() - 2; i >= 0; i--) {
      if (TITLES.containsKey(bare(out.get(i))) && out.get(i).endsWith(".") || TITLES.containsKey(bare(out.get(i)))
          && i > 0 && Character.isUpperCase(out.get(i).charAt(0)) && Character.isUpperCase(out.get(i + 1).charAt(0))
          && out.size() - i - 1 >= 1 && out.size() > 2) {
        out = new ArrayList<>(out.subList(i + 1, out.size()));
        break;
      }
    }
    if (!out.isEmpty()) {
      int last = out.size() - 1;
      String w = PersonExtractor.stripPossessive(out.get(last));
      if (w.endsWith("\u2019") || w.endsWith("'")) {
        w = w.substring(0, w.length() - 1);
      }
      if (w.isEmpty()) {
        out.remove(last);
      } else {
        out.set(last, w);
      }
    }
    return out;
  }

  /** Whitespace-separated words with punctuation trimmed from both ends (a final period is kept: "Jr."). */
  private static List<String> splitWords(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      int a = i;
      int b = j;
      while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
        a++;
      }
      while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
        b--;
      }
      if (b > a) {
        out.add(s.substring(a, b));
      }
      i = j;
    }
    return out;
  }

  /** Lower case without a trailing period: the key of a title or honorific. */
  static String bare(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return w.toLowerCase(Locale.ROOT);
  }

  /** The role a title states ({@code Sen.} -> {@code senator}), or null when the word is no title. */
  static String titleRole(String word) {
    return TITLES.get(bare(word));
  }

  /** The last word of a canonical name, lower-cased: the key a lone surname is resolved by. */
  static String surnameKey(String canonical) {
    int sp = canonical.lastIndexOf(' ');
    String last = sp < 0 ? canonical : canonical.substring(sp + 1);
    String suffix = last.toLowerCase(Locale.ROOT);
    if ((suffix.equals("jr.") || suffix.equals("jr") || suffix.equals("sr.") || suffix.equals("iii")
        || suffix.equals("ii")) && sp > 0) {
      return surnameKey(canonical.substring(0, sp));
    }
    return last.toLowerCase(Locale.ROOT);
  }

  /**
   * The pronoun a written name implies: "he" or "she" from an honorific ("Mrs. Clinton") or a given name the packed
   * list knows ("Donald Trump", "Sen. Dianne Feinstein of California"), "" when nothing in it tells.
   */
  public static String pronounOf(String name) {
    String[] words = name.strip().split("[\\s,]+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        continue;
      }
      Gender g = HONORIFICS.get(bare(w));
      if (g == null && i + 1 < words.length && !words[i + 1].isEmpty()
          && Character.isUpperCase(words[i + 1].charAt(0))) {
        g = Genders.isKnownFirstName(w) ? Genders.of(w) : null;
      }
      if (g != null) {
        return g == Gender.MALE ? "he" : g == Gender.FEMALE ? "she" : "";
      }
    }
    return "";
  }
}
