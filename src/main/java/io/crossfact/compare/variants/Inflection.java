package io.crossfact.compare.variants;

import java.util.Map;

/**
 * Two forms of one word: tense, number, participle ("said"/"saying", "environmentalists"/"environmentalist",
 * "pews"/"pew", "wanted"/"want"). A transcription choice within one utterance, not a change of claim.
 */
public final class Inflection implements VariantRule.Pair {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("went", "go"),
      Map.entry("gone", "go"), Map.entry("goes", "go"), Map.entry("came", "come"), Map.entry("thought", "think"),
      Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("felt", "feel"), Map.entry("made", "make"),
      Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
      Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("got", "get"), Map.entry("gotten", "get"),
      Map.entry("brought", "bring"), Map.entry("bought", "buy"), Map.entry("kept", "keep"), Map.entry("left", "leave"),
      Map.entry("meant", "mean"), Map.entry("met", "meet"), Map.entry("paid", "pay"), Map.entry("sent", "send"),
      Map.entry("spent", "spend"), Map.entry("stood", "stand"), Map.entry("understood", "understand"),
      Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("spoke", "speak"),
      Map.entry("spoken", "speak"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
      Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
      Map.entry("people", "person"), Map.entry("lives", "life"), Map.entry("wives", "wife"));

  @Override
  public String name() {
    return "inflection";
  }

  @Override
  public boolean same(String a, String b, boolean bothCapitalized) {
    String sa = stem(a);
    String sb = stem(b);
    return sa.length() >= 3 && sa.equals(sb);
  }

  static String stem(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    String s = w;
    for (String suffix : new String[] {"ings", "ing", "ied", "ies", "ed", "es", "s", "d"}) {
      if (s.length() > suffix.length() + 2 && s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
        if (suffix.equals("ied") || suffix.equals("ies")) {
          s = s + "y";
        }
        break;
      }
    }
    // "stopped"/"stop", "making"/"make": a doubled final consonant or a dropped final e
    if (s.length() > 3 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 3 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
