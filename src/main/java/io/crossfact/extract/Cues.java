package io.crossfact.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that introduce reported speech, and the small closed classes the attribution parser skips or stops at.
 * Lists are closed on purpose: an open "any verb" rule attributes paraphrase to whoever is the sentence's subject,
 * which is the commonest source of wrong speakers.
 */
final class Cues {
  private static final Map<String, String> LEMMA = new HashMap<>();

  static {
    verb("say", "say", "says", "said", "saying");
    verb("tell", "tell", "tells", "told", "telling");
    verb("add", "add", "adds", "added", "adding");
    verb("write", "write", "writes", "wrote", "writing", "written");
    verb("state", "states", "stated", "stating");
    verb("explain", "explain", "explains", "explained", "explaining");
    verb("argue", "argue", "argues", "argued", "arguing");
    verb("note", "notes", "noted", "noting");
    verb("warn", "warn", "warns", "warned", "warning");
    verb("insist", "insist", "insists", "insisted", "insisting");
    verb("ask", "ask", "asks", "asked", "asking");
    verb("reply", "reply", "replies", "replied", "replying");
    verb("respond", "responds", "responded", "responding");
    verb("continue", "continues", "continued", "continuing");
    verb("conclude", "concludes", "concluded", "concluding");
    verb("declare", "declares", "declared", "declaring");
    verb("claim", "claims", "claimed", "claiming");
    verb("announce", "announces", "announced", "announcing");
    verb("tweet", "tweets", "tweeted", "tweeting");
    verb("post", "posted");
    verb("report", "reports", "reported", "reporting");
    verb("recall", "recalls", "recalled", "recalling");
    verb("admit", "admits", "admitted", "admitting");
    verb("acknowledge", "acknowledges", "acknowledged", "acknowledging");
    verb("observe", "observes", "observed", "observing");
    verb("remark", "remarks", "remarked", "remarking");
    verb("comment", "commented", "commenting");
    verb("joke", "jokes", "joked", "joking");
    verb("quip", "quips", "quipped", "quipping");
    verb("shout", "shouts", "shouted", "shouting");
    verb("yell", "yells", "yelled", "yelling");
    verb("chant", "chant", "chants", "chanted", "chanting");
    verb("exclaim", "exclaims", "exclaimed");
    verb("suggest", "suggests", "suggested", "suggesting");
    verb("predict", "predicts", "predicted", "predicting");
    verb("promise", "promises", "promised", "promising");
    verb("vow", "vows", "vowed", "vowing");
    verb("pledge", "pledges", "pledged", "pledging");
    verb("assert", "asserts", "asserted", "asserting");
    verb("contend", "contends", "contended", "contending");
    verb("maintain", "maintains", "maintained");
    verb("emphasize", "emphasizes", "emphasized", "emphasised", "emphasizing");
    verb("stress", "stresses", "stressed", "stressing");
    verb("counter", "counters", "countered", "countering");
    verb("retort", "retorts", "retorted");
    verb("complain", "complains", "complained", "complaining");
    verb("boast", "boasts", "boasted", "boasting");
    verb("confirm", "confirms", "confirmed", "confirming");
    verb("describe", "describes", "described", "describing");
    verb("call", "calls", "called", "calling");
    verb("deny", "denies", "denied", "denying");
    verb("read", "reads");
    verb("mention", "mentions", "mentioned", "mentioning");
    verb("whisper", "whispers", "whispered");
    verb("scream", "screams", "screamed");
    verb("cry", "cried");
    verb("snap", "snapped");
    verb("agree", "agrees", "agreed");
    verb("accuse", "accuses", "accused", "accusing");
    verb("charge", "charged");
    verb("blast", "blasts", "blasted", "blasting");
    verb("slam", "slams", "slammed", "slamming");
    verb("criticize", "criticizes", "criticized", "criticised", "criticizing");
    verb("praise", "praises", "praised", "praising");
    verb("dismiss", "dismisses", "dismissed", "dismissing");
    verb("label", "labels", "labeled", "labelled", "labeling", "labelling");
    verb("brand", "brands", "branded");
    verb("urge", "urges", "urged", "urging");
    verb("demand", "demands", "demanded");
    verb("recount", "recounts", "recounted");
    verb("point out", "pointed");
    verb("testify", "testified", "testifies");
    verb("publish", "published");
    verb("speak", "spoke", "speaks", "speaking");
    verb("echo", "echoed");
    verb("lament", "laments", "lamented");
    verb("concede", "concedes", "conceded");
    verb("caution", "cautions", "cautioned");
    verb("begin", "began");
    verb("offer", "offered");
    verb("put", "put");
    verb("thunder", "thundered");
    verb("muse", "mused");
    verb("interject", "interjected");
  }

  /** Verbs that only introduce speech when they frame it (they also open paraphrase). */
  private static final Set<String> WEAK = Lexicon.words("call", "describe", "accuse", "charge", "blast", "slam", "criticize",
      "praise", "dismiss", "label", "brand", "urge", "demand", "begin", "offer", "put", "agree", "speak", "publish",
      "post", "read", "confirm", "deny", "mention", "report", "promise", "pledge", "vow", "predict", "suggest",
      "echo", "testify", "point out");

  /** Speech-free auxiliaries and adverbs allowed between a speaker and its cue ("Trump has also said"). */
  static final Set<String> BETWEEN = Lexicon.words("has", "have", "had", "also", "later", "then", "previously", "once",
      "reportedly", "repeatedly", "recently", "publicly", "privately", "would", "will", "could", "again", "further",
      "simply", "just", "flatly", "bluntly", "finally", "frankly", "quickly", "often", "still", "never", "first",
      "earlier", "subsequently", "only", "initially", "angrily", "calmly", "told", "is", "was", "were", "are",
      "been", "famously", "memorably", "even", "sarcastically", "plainly", "openly", "proudly", "quietly", "did",
      "does", "do", "not", "already", "emphatically", "loudly", "jokingly", "ruefully", "tersely", "bluntly");

  /** Objects of "tell" that belong to the cue as written ("told reporters"). */
  static final Set<String> TELL_OBJECTS = Lexicon.words("reporters", "journalists", "me", "us", "him", "her", "them",
      "supporters", "listeners", "viewers", "lawmakers", "senators", "voters", "students", "the", "a", "an");

  /** Two-word cues: first word to the second. */
  private static final Map<String, String> PHRASAL = Map.of("went", "on", "goes", "on", "go", "on", "pointed",
      "out", "points", "out", "shot", "back", "fired", "back", "chimed", "in", "wrote", "in", "weighed", "in");

  static boolean isPhrasal(String first, String second) {
    return second.equals(PHRASAL.get(first));
  }

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");

  private Cues() {}

  private static void verb(String lemma, String... forms) {
    for (String f : forms) {
      LEMMA.put(f, lemma);
    }
  }

  /** The lemma of a cue word form, or null when the word is no cue. */
  static String lemma(String word) {
    String l = LEMMA.get(word.toLowerCase(Locale.ROOT));
    if (l != null) {
      return l;
    }
    switch (word.toLowerCase(Locale.ROOT)) {
      case "went": case "goes": case "go": return "go on";
      case "shot": return "shoot back";
      case "fired": return "fire back";
      case "chimed": return "chime in";
      case "weighed": return "weigh in";
      case "points": return "point out";
      default: return null;
    }
  }

  static boolean isCue(String word) {
    return LEMMA.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** A strong cue frames a quote wherever it sits in the sentence; a weak one only right next to the quote. */
  static boolean isStrong(String word) {
    String l = lemma(word);
    return l != null && !WEAK.contains(l);
  }
}
