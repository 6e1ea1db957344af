package io.crossfact.eval.perturb;

import io.crossfact.extract.NameCanonicalizer;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * A title written before a speaker's name at a sampled share of the gold speaker mentions, so one article names the
 * person with and without it ({@code Paul Ostrander} and {@code Dr. Paul Ostrander}): {@code Mr.} or {@code Ms.}
 * when the given name says the gender, else the neutral {@code Dr.}. Only mentions that are a bare name of one to
 * three capitalised words, with no title or capitalised word right before them, get one.
 */
public final class TitleAdded implements Perturbation {
  private static final Pattern BARE_NAME = Pattern.compile("\\p{Lu}[\\p{L}\u2019'-]+(?: \\p{Lu}[\\p{L}\u2019'.-]*){0,2}");
  /** First words of a capitalised Source that is a role, a group or a body, not a bare name. */
  private static final Set<String> NOT_BARE = Set.of("the", "a", "an", "his", "her", "their", "president",
      "senator", "sen", "rep", "gov", "governor", "secretary", "chairman", "chairwoman", "speaker", "leader",
      "spokesman", "spokeswoman", "spokesperson", "candidate", "attorney", "general", "director", "minister",
      "mayor", "judge", "justice", "officials", "republicans", "democrats", "police", "prosecutors", "sources",
      "aides", "critics", "supporters", "press", "house", "senate", "white", "state", "federal", "former", "vice",
      "first", "pope", "king", "queen", "prince", "mr", "mrs", "ms", "dr", "he", "she", "they", "we", "i", "it");
  private final double rate;

  public TitleAdded() {
    this(0.5);
  }

  TitleAdded(double rate) {
    this.rate = rate;
  }

  @Override
  public String name() {
    return "title-added";
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "'Dr. '/'Mr. '/'Ms. ' written before %.0f%% of the gold speaker mentions"
        + " that are bare names", rate * 100);
  }

  @Override
  public Perturbed apply(String text, GoldSpans gold, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Perturbed.Builder b = new Perturbed.Builder(text);
    java.util.Set<Integer> done = new java.util.HashSet<>();
    for (int[] s : gold.speakers()) {
      if (s[1] > text.length() || !done.add(s[0])) {
        continue;
      }
      String name = text.substring(s[0], s[1]);
      if (!isBareName(name) || titledBefore(text, s[0]) || rnd.nextDouble() >= rate) {
        continue;
      }
      String pronoun = NameCanonicalizer.pronounOf(name);
      b.insert(s[0], pronoun.equals("he") ? "Mr. " : pronoun.equals("she") ? "Ms. " : "Dr. ");
    }
    return b.build();
  }

  static boolean isBareName(String name) {
    if (!BARE_NAME.matcher(name).matches() || name.endsWith("'s") || name.endsWith("\u2019s")) {
      return false;
    }
    String first = name.split(" ")[0].replace(".", "").toLowerCase(Locale.ROOT);
    return !NOT_BARE.contains(first);
  }

  /** Whether the word right before an offset is capitalised ("Sen. Lee", "President Obama", "Iowa, Obama"). */
  static boolean titledBefore(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == at && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      return true; // glued to something before it
    }
    int w = i;
    while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    return w < i && Character.isUpperCase(text.charAt(w));
  }
}
