package io.crossfact.compare.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of the catalogue, on sentences written for the test. */
class VariantRulesTest {
  /** The single change between two renderings (asserts there is exactly one). */
  private static Change change(String earlier, String later) {
    Alignment a = Alignment.of(new QuoteText(earlier), new QuoteText(later));
    assertEquals(1, a.changes().size(), a.segments.toString());
    return Change.of(a, a.changes().get(0));
  }

  private static List<Difference> classify(String earlier, String later) {
    return VariantCatalogue.classify(Alignment.of(new QuoteText(earlier), new QuoteText(later)));
  }

  private static boolean benign(String earlier, String later, String rule) {
    List<Difference> ds = classify(earlier, later);
    return !ds.isEmpty() && ds.stream().noneMatch(Difference::substantive)
        && ds.stream().anyMatch(d -> d.rules().contains(rule));
  }

  private static String substantive(String earlier, String later) {
    return classify(earlier, later).stream().filter(Difference::substantive).map(d -> d.rules().get(0))
        .findFirst().orElse("none");
  }

  @Test
  void editorialInsertionInBracketsOrParentheses() {
    assertTrue(new EditorialInsertion().explains(change("We thank the [harbour] board for its patience today",
        "We thank the board for its patience today")));
    assertTrue(benign("The mayor (Lena Ortiz) will sign the order this week",
        "The mayor will sign the order this week", "editorial-insertion"));
    assertFalse(new EditorialInsertion().explains(change("We thank the old board for its patience today",
        "We thank the board for its patience today")));
  }

  @Test
  void spacingHyphenationAndDots() {
    Spacing s = new Spacing();
    assertTrue(s.explains(change("The work force at the mill has doubled", "The workforce at the mill has doubled")));
    assertTrue(s.explains(change("They back same sex unions in the charter", "They back same-sex unions in the charter")));
    assertTrue(s.explains(change("Our engineers\u2014who never rest, built it", "Our engineers - who never rest, built it")));
    assertTrue(s.explains(change("We raised 3.4million for the new wing", "We raised 3.4 million for the new wing")));
    assertTrue(s.explains(change("The F.B.I. agents left the site early", "The FBI agents left the site early")));
    assertFalse(s.explains(change("The work crew at the mill has doubled", "The workforce at the mill has doubled")));
  }

  @Test
  void ellipsisCutIsMarked() {
    assertTrue(new EllipsisCut().explains(change("We will fund the clinics, the schools and the roads",
        "We will fund the clinics \u2026 and the roads")));
    assertFalse(new EllipsisCut().explains(change("We will fund the clinics, the schools and the roads",
        "We will fund the clinics and the roads")));
  }

  @Test
  void repeatedPhraseKeptOnce() {
    assertTrue(new RepeatedPhrase().explains(change("and I say if we get the vote, if we get the vote we will win it",
        "and I say if we get the vote we will win it")));
  }

  @Test
  void wholeSentenceLeftOutBetweenSharedOnes() {
    assertTrue(new SentenceOmission().explains(change("I moved too fast. I misjudged the room. I regret it.",
        "I moved too fast. I regret it.")));
    assertFalse(new SentenceOmission().explains(change("I moved too fast and misjudged the room. I regret it.",
        "I moved too fast. I regret it.")));
  }

  @Test
  void spokenFormsAndFamilyWords() {
    assertEquals(List.of("going", "to"), new SpokenForms().rewrite("gonna"));
    assertTrue(benign("Then my daughter said, Momma, we are gonna win this", "Then my daughter said, Mama, we are going to win this",
        "spoken-form"));
  }

  @Test
  void abbreviatedTitles() {
    assertEquals(List.of("senator"), new Abbreviations().rewrite("sen"));
    assertTrue(benign("Sen. Albrecht thinks the dam should be rebuilt upstream",
        "Senator Albrecht thinks the dam should be rebuilt upstream", "abbreviation"));
  }

  @Test
  void britishAndAmericanSpellingFromTheListedSource() {
    assertTrue(SpellingVariants.size() > 1000);
    assertEquals(List.of("color"), new SpellingVariants().rewrite("colour"));
    assertTrue(benign("Our defence of the harbour is a matter of honour", "Our defense of the harbor is a matter of honor",
        "spelling-variant"));
  }

  @Test
  void numbersInWordsAndDigits() {
    assertEquals(List.of("11th"), new NumberForms().rewrite("eleventh"));
    assertTrue(benign("By dropping this eleventh-hour rule we keep the river clean",
        "By dropping this 11th hour rule we keep the river clean", "number-form"));
    assertEquals(Meaning.NUMBER, substantive("We hired five new nurses for the ward this week",
        "We hired nine new nurses for the ward this week"));
  }

  @Test
  void transcriptionSynonyms() {
    assertTrue(benign("Forty people came in with burns sustained when the boiler burst",
        "Forty people came in with burns suffered when the boiler burst", "synonym"));
    assertTrue(benign("It is such a relief not to hide this plan any more",
        "It is such a relief not to hide this plan any longer", "synonym"));
  }

  @Test
  void inflectionOfOneWord() {
    Inflection i = new Inflection();
    assertTrue(i.same("said", "saying", false));
    assertTrue(i.same("farmers", "farmer", false));
    assertTrue(i.same("wanted", "want", false));
    assertFalse(i.same("farm", "form", false));
  }

  @Test
  void oneLetterTypo() {
    OneLetterTypo t = new OneLetterTypo();
    assertTrue(t.same("flooded", "floodes", false));
    assertTrue(t.same("recieve", "receive", false));
    assertFalse(t.same("cat", "cut", false));
    assertFalse(t.same("1500", "1600", false));
  }

  @Test
  void censoredWord() {
    assertTrue(benign("I will not fund that d***ed tunnel again", "I will not fund that damned tunnel again",
        "censored-word"));
    assertTrue(new Censored().same("mother" + QuoteText.CENSOR + QuoteText.CENSOR + QuoteText.CENSOR + "er",
        "motherfucker", false));
  }

  @Test
  void transliteratedNames() {
    Transliteration t = new Transliteration();
    assertTrue(t.same("gadhafi", "al-qaddafi", true));
    assertTrue(t.same("moammar", "muammar", true));
    assertFalse(t.same("gadhafi", "al-qaddafi", false)); // only names
    assertFalse(t.same("morales", "gonzales", true));
  }

  @Test
  void initialismAndFullName() {
    assertTrue(benign("The patch asks all IE users to update their browsers now",
        "The patch asks all Internet Explorer users to update their browsers now", "initialism"));
  }

  @Test
  void functionWordsAndFillersClaimNothing() {
    assertTrue(benign("Nothing in this rule frees a county of its duty to protect wetlands",
        "Nothing in the rule frees a county of its duty to protect wetlands", "function-word"));
    assertTrue(benign("We have come a pretty long way since the flood last spring",
        "We have come a long way since the flood last spring", "filler"));
  }

  @Test
  void namePartsLeftOut() {
    assertTrue(benign("When the girl fell, the driver, Paul Renner, drove on without stopping",
        "When the girl fell, the driver drove on without stopping", "name-part"));
  }

  @Test
  void substantiveChangesAreNamed() {
    assertEquals(Meaning.NEGATION, substantive("If they pass the levy this month it will lower the risk of floods",
        "If they do not pass the levy this month it will lower the risk of floods"));
    assertEquals(Meaning.MODALITY, substantive("The new dam may stop the spring floods in the valley",
        "The new dam will stop the spring floods in the valley"));
    assertEquals(Meaning.CLAIM_WORD, substantive("As the cyclist lay bleeding on the road, the driver sped away",
        "As the cyclist lay bleeding to death on the road, the driver sped away"));
    assertEquals(Meaning.CONTENT_WORD, substantive("We reject his budget and we reject his plan for the port",
        "We reject his budget and we reject his visit to the port"));
    assertEquals(Meaning.QUANTIFIER, substantive("All of the wells in the county were tested last year",
        "Some of the wells in the county were tested last year"));
  }

  @Test
  void omittedContentWordsAloneAreWording() {
    // a paraphrase that drops words without changing who did what, how many or whether: benign alone
    assertTrue(benign("I did not want the team to focus on trying to beat the league record",
        "I did not want the team to focus on the league record", VariantCatalogue.WORDING));
  }

  @Test
  void swappedRolesAroundAVerb() {
    assertEquals(Meaning.ROLES, substantive("In the final round Okafor beat Lindqvist on points after ten rounds",
        "In the final round Lindqvist beat Okafor on points after ten rounds"));
    // names swapped around "or" are the same alternatives in another order
    assertTrue(classify("If you do not want Adams or Baker as mayor, vote for Chen",
        "If you do not want Baker or Adams as mayor, vote for Chen").stream().noneMatch(Difference::substantive));
  }

  @Test
  void aContentWordInALooseTranscriptionIsAParaphrase() {
    // two reporters' notes of one answer: several wording-only differences, then "tackles"/"handles"
    String earlier = "I am talking about the way he tackles problems in this state, and I think they differ from most";
    String later = "Look, I am talking about his way, the way he handles problems in this state, and they differ from what most do";
    assertTrue(classify(earlier, later).stream().noneMatch(Difference::substantive), classify(earlier, later).toString());
    // the same swap in an otherwise identical rendering is a changed content word
    assertEquals(Meaning.CONTENT_WORD, substantive("I am talking about the way he tackles problems in this state",
        "I am talking about the way he handles problems in this state"));
  }

  @Test
  void negativeAsideWithoutAVerbDeniesNothingNew() {
    assertTrue(benign("There has never been a coach, not me, not Ray [Dunn], nobody better suited to lead this club",
        "There has never been a coach better suited to lead this club", "negative-aside"));
    // a negation that comes with a verb is a change of meaning
    assertEquals(Meaning.NEGATION, substantive("There has been a coach, who did not stay, better suited to lead this club",
        "There has been a coach better suited to lead this club"));
  }
}
