package io.crossfact.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import io.crossfact.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class ExpertScorerTest {
  private static final String FARM = "comment-prompt;chatbot-widget";
  private static final ToIntFunction<String> ONLY_HERE = name -> 1;
  private static final ToIntFunction<String> WIDELY_REPORTED = name -> 7;

  private final ExpertScorer scorer = new ExpertScorer(Fx.defaults());

  private static Assertion quote(String speaker, String words, int start) {
    Assertion q = Fx.quote("art1", "Daily Buzz", "2024-06-01", "c1", speaker, words);
    q.setStart(start);
    q.setEnd(start + words.length());
    return q;
  }

  private static Assertion role(String person, String role) {
    Assertion r = Fx.role("art1", "2024-06-01", person, role);
    r.setCluster("c1");
    return r;
  }

  private static List<Assertion> fabricated() {
    return List.of(
        quote("Emily Carter", "It is important to consider the many factors at play, and only time will tell", 200),
        role("Emily Carter", "senior analyst at the Institute for Strategic Affairs"));
  }

  private static List<Assertion> realFellow() {
    return List.of(
        quote("Amara Osei", "Ukraine received 43 Patriot interceptors in March, fewer than Kyiv requested", 300),
        role("Amara Osei", "senior fellow at the Atlantic Council"));
  }

  @Test
  void genericNameVagueInstituteAndContentFarmAreFlagged() {
    List<Finding> fs = scorer.score(FARM, fabricated(), ONLY_HERE);
    assertEquals(1, fs.size());
    Finding f = fs.get(0);
    assertEquals(Finding.SUSPECT_EXPERT, f.getType());
    assertEquals("Emily Carter", f.getSubject());
    assertEquals("Emily Carter", f.getKey());
    assertEquals("art1", f.getArticleA());
    assertEquals("", f.getArticleB());
    assertTrue(f.getValueA().startsWith("It is important"), f.getValueA());
    assertEquals("unseen=0.20;generic-name=0.30;vague-institution=0.25;generic-quote=0.15;content-farm=0.20",
        f.getSignals());
    assertEquals(1.0, f.getScore());
    assertEquals(Finding.HIGH, f.getSeverity());
    assertTrue(f.getExplanation().contains("(Institute for Strategic Affairs)"), f.getExplanation());
    assertTrue(f.getExplanation().contains("content-farm markers (comment-prompt, chatbot-widget)"),
        f.getExplanation());
    assertEquals(Finding.stableId(Finding.SUSPECT_EXPERT, "Emily Carter", "art1"), f.getId());
  }

  @Test
  void realSpecificFellowQuotedOnceStaysBelowThreshold() {
    assertEquals(List.of(), scorer.score("", realFellow(), ONLY_HERE));
  }

  @Test
  void realSpecificFellowStaysBelowThresholdEvenOnAContentFarm() {
    // unseen (0.2) + content-farm (0.2) = 0.4 < 0.6: a farm quoting a real source does not make the source fake
    assertEquals(List.of(), scorer.score(FARM, realFellow(), ONLY_HERE));
  }

  @Test
  void shareButtonsAreNotAContentFarmMarker() {
    // A doctor quoted once with a concrete figure, role without an institution, on a page with share buttons:
    // unseen + no institution stay below threshold; share prompts must not push it over.
    Assertion q = quote("Owen Pratt", "We discharge people on a Friday, and by Monday 12 of them are back in our ER.", 40);
    q.setText("Dr. Owen Pratt said: \u201CWe discharge people on a Friday, and by Monday 12 of them are back in our ER.\u201D");
    assertEquals(List.of(), scorer.score("share-prompt", List.of(q, role("Owen Pratt", "Dr.")), ONLY_HERE));
  }

  @Test
  void thresholdIsReachedExactlyBySummedWeights() {
    // generic-name 0.3 + vague 0.25 + unseen 0.2 = 0.75 without a farm; lowering weights drops it below
    assertEquals(1, scorer.score("", fabricated(), ONLY_HERE).size());
    ExpertScorer strict = new ExpertScorer(Fx.with(Map.of("expert.threshold", "0.95")));
    assertEquals(List.of(), strict.score("", fabricated(), ONLY_HERE));
  }

  @Test
  void expertOtherReportsMentionIsNotUnseen() {
    List<Finding> fs = scorer.score(FARM, fabricated(), WIDELY_REPORTED);
    assertFalse(fs.get(0).getSignals().contains("unseen"), fs.get(0).getSignals());
  }

  @Test
  void rosterPersonIsNeverUnseen() {
    ExpertScorer withRoster = new ExpertScorer(Fx.withRoster());
    List<Assertion> in = List.of(
        quote("Amara Osei", "It is important to consider the many factors at play, and only time will tell", 300),
        role("Amara Osei", "analyst at a prominent think tank"));
    List<Finding> fs = withRoster.score(FARM, in, ONLY_HERE);
    assertEquals(1, fs.size());
    assertFalse(fs.get(0).getSignals().contains("unseen"), fs.get(0).getSignals());
    assertTrue(fs.get(0).getSignals().contains("vague-institution"), fs.get(0).getSignals());
  }

  @Test
  void manyWeakExpertsInOneArticleAddTheSignal() {
    List<Assertion> in = new ArrayList<>();
    in.add(quote("Emily Carter", "It is important to consider the many factors at play, and only time will tell",
        200));
    in.add(role("Emily Carter", "analyst"));
    in.add(quote("Mark Williams", "This is a complex issue and it remains to be seen what happens", 400));
    in.add(role("Mark Williams", "economist at the Center for Economic Research"));
    List<Finding> fs = scorer.score("", in, ONLY_HERE);
    assertEquals(2, fs.size(), Fx.render(fs));
    for (Finding f : fs) {
      assertTrue(f.getSignals().contains("many-experts=0.10"), f.getSignals());
    }
  }

  @Test
  void nonExpertSpeakersAreNotScored() {
    List<Assertion> in = List.of(
        quote("Emily Carter", "It is important to consider the many factors at play, and only time will tell", 200),
        role("Emily Carter", "Sen."));
    assertEquals(List.of(), scorer.score(FARM, in, ONLY_HERE));
  }

  @Test
  void organisationSpeakerIsNotAnExpert() {
    Assertion q = quote("Institute for Strategic Affairs",
        "It is important to consider the many factors at play, and only time will tell", 200);
    q.setSpeakerKind("organization");
    assertEquals(List.of(), scorer.score(FARM, List.of(q, role("Institute for Strategic Affairs", "think tank")),
        ONLY_HERE));
  }

  @Test
  void doctorTitleInTheSentenceMarksAnExpertWithoutARole() {
    Assertion q = quote("Emily Carter", "It is important to consider the many factors at play", 200);
    q.setText("\u201CIt is important to consider the many factors at play,\u201D said Dr. Emily Carter.");
    List<Finding> fs = scorer.score(FARM, List.of(q), ONLY_HERE);
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getExplanation().contains("no institution is named"), fs.get(0).getExplanation());
  }

  @Test
  void genericQuoteNeedsNoFigureNoNameAndStockWords() {
    assertTrue(ExpertScorer.isGenericQuote("It remains to be seen how this complex issue plays out"));
    assertTrue(ExpertScorer.isGenericQuote("We need to be careful about the broader impact of these decisions"));
    assertFalse(ExpertScorer.isGenericQuote("It remains to be seen whether 40 percent of the grid fails"));
    assertFalse(ExpertScorer.isGenericQuote("It remains to be seen what Moscow does next"));
    assertFalse(ExpertScorer.isGenericQuote("The bridge deck corroded because the drains clogged with salt"));
  }

  @Test
  void shuffledInputGivesIdenticalFindings() {
    List<Assertion> in = new ArrayList<>(fabricated());
    in.addAll(realFellow());
    in.add(quote("Mark Williams", "This is a complex issue and it remains to be seen what happens", 400));
    in.add(role("Mark Williams", "economist at the Center for Economic Research"));
    String expected = Fx.render(scorer.score(FARM, in, ONLY_HERE));
    assertEquals(2, expected.split("\n").length, expected);
    for (List<Assertion> s : Fx.shuffles(in)) {
      assertEquals(expected, Fx.render(scorer.score(FARM, s, ONLY_HERE)));
    }
  }

  @Test
  void theAttributionsAppositiveNamesTheInstitutionWhenTheRoleDoesNot() {
    String words = "Our survey of 212 clinics found that 41 percent had cut weekend hours since 2021";
    Assertion q = quote("Emily Carter", words, 200);
    q.setText("\u201C" + words + ",\u201D said Dr. Emily Carter, research director at the Delta Hospital Association.");
    Assertion doctor = role("Emily Carter", "doctor");
    assertEquals("research director at the Delta Hospital Association", ExpertScorer.appositive(q, "Emily Carter"));
    List<Finding> fs = scorer.score("", List.of(q, doctor), ONLY_HERE);
    for (Finding f : fs) {
      assertFalse(f.getSignals().contains("vague-institution"), f.getSignals());
    }
    // control: a vague institution in the appositive stays vague
    Assertion vague = quote("Emily Carter", words, 200);
    vague.setText("\u201C" + words + ",\u201D said Dr. Emily Carter, senior analyst at the Institute for Strategic "
        + "Affairs.");
    List<Finding> flagged = scorer.score("", List.of(vague, doctor), ONLY_HERE);
    assertEquals(1, flagged.size());
    assertTrue(flagged.get(0).getSignals().contains("vague-institution"), flagged.get(0).getSignals());
  }

  // --- layouts that scraped and content-farm pages use (issue 13) ---

  private static Assertion said(String subject, String kind, String words, String sentence, int start) {
    Assertion q = quote(subject, words, start);
    q.setSpeakerKind(kind);
    q.setText(sentence);
    return q;
  }

  @Test
  void readNameDropsAGluedTitleAndFixesCapitalsAndLowerCase() {
    assertEquals("Paul Ostrander", ExpertScorer.readName("Dr.Paul Ostrander"));
    assertEquals("Rosa Alvaro", ExpertScorer.readName("DR. ROSA ALVARO"));
    assertEquals("Tomas Brennan", ExpertScorer.readName("dr. tomas brennan"));
    assertEquals("Nina Faroukh", ExpertScorer.readName("Nina Faroukh"));
    assertEquals("", ExpertScorer.readName("DR."));
    assertEquals("", ExpertScorer.readName(""));
  }

  @Test
  void aQuoteWithNobodyGoesToTheTitledNameInItsOwnSentence() {
    String words = "The outcome will depend on patience on both sides.";
    Assertion q = said("", "", words, "\u201C" + words + "\u201D said Dr. Helen Brooks, a senior analyst at the "
        + "Center for Public Strategy.", 40);
    List<Finding> fs = scorer.score("", List.of(q), ONLY_HERE);
    assertEquals(1, fs.size());
    assertEquals("Helen Brooks", fs.get(0).getSubject());
    assertEquals("unseen=0.20;vague-institution=0.25;generic-quote=0.15", fs.get(0).getSignals());
  }

  @Test
  void aBareTitleSpeakerAndCapitalsAreReadFromTheSentence() {
    String words = "We should not underestimate how much is at stake here,";
    Assertion q = said("DR.", "named", words, "\u201C" + words + "\u201D said DR. LENA RENNER, SENIOR FELLOW AT THE "
        + "INSTITUTE FOR CIVIC FUTURES.", 40);
    List<Finding> fs = scorer.score("", List.of(q), ONLY_HERE);
    assertEquals(1, fs.size());
    assertEquals("Lena Renner", fs.get(0).getSubject());
  }

  @Test
  void anInstitutionSpeakerGivesWayToTheProfessorWrittenBeforeIt() {
    String words = "It is important that all sides come together and find common ground.";
    Assertion q = said("Centre for Strategic Dialogue", "organization", words, "Professor Ada Quill of the Centre for "
        + "Strategic Dialogue put it plainly: \u201C" + words + "\u201D", 40);
    List<Finding> fs = scorer.score("", List.of(q), ONLY_HERE);
    assertEquals(1, fs.size());
    assertEquals("Ada Quill", fs.get(0).getSubject());
  }

  @Test
  void aSpeakerCarriedFromAnEarlierSentenceGivesWayToTheTitledNameOfThisOne() {
    String words = "Nobody can predict exactly how this will unfold.";
    Assertion q = said("Marta Velde", "named", words, "\u201C" + words + "\u201D said dr. oren kesselring, a researcher "
        + "at a state university.", 40);
    List<Finding> fs = scorer.score("", List.of(q, role("Marta Velde", "senator")), ONLY_HERE);
    assertEquals(1, fs.size());
    assertEquals("Oren Kesselring", fs.get(0).getSubject());
  }

  @Test
  void theSpeakerNamedInTheSentenceKeepsTheQuoteEvenNextToAnotherDoctor() {
    String words = "Nobody can predict exactly how this will unfold.";
    Assertion q = said("Marta Velde", "named", words, "\u201C" + words + "\u201D Velde said, citing Dr. Oren "
        + "Kesselring's study.", 40);
    assertEquals(List.of(), scorer.score("", List.of(q, role("Marta Velde", "senator")), ONLY_HERE));
  }

  @Test
  void aGluedTitleMakesTheSpeakerAnExpertAndCountsAsTheSamePerson() {
    String words = "People are understandably concerned, and those concerns deserve to be heard,";
    Assertion q = said("Dr.Noor Mbeki-Lane", "named", words, "\u201C" + words + "\u201D said Dr.Noor Mbeki-Lane.", 40);
    Assertion r = role("Dr.Noor Mbeki-Lane", "senior analyst at the Council for Applied Policy Research");
    List<Finding> fs = scorer.score("", List.of(q, r), ONLY_HERE);
    assertEquals(1, fs.size());
    assertEquals("Noor Mbeki-Lane", fs.get(0).getSubject());
  }

  @Test
  void theAppositiveAfterPhdOrInParenthesesIsTheRole() {
    String words = "Everyone saw this coming, and yet nobody was really prepared for it,";
    Assertion phd = said("John Smith", "named", words, "\u201C" + words + "\u201D noted John Smith, PhD, a policy "
        + "expert at the Council for Social Progress Analysis.", 40);
    assertEquals(1, scorer.score("", List.of(phd), ONLY_HERE).size());
    Assertion paren = said("Marisol Halvorsen", "named", words, "Marisol Halvorsen (public health researcher, "
        + "Institute for Civic Futures) said: \u201C" + words + "\u201D", 40);
    List<Finding> fs = scorer.score("", List.of(paren), ONLY_HERE);
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().contains("vague-institution"), fs.get(0).getSignals());
  }

  @Test
  void anInstitutionMetWithAnIndefiniteArticleIsVague() {
    String words = "In the long run, the effects will be felt across many communities,";
    for (String role : List.of("professor of economics at a state university", "economist at a top business school",
        "researcher at an independent policy institute", "analyst with a private research firm")) {
      List<Finding> fs = scorer.score("", List.of(quote("Vera Ishikawa", words, 40), role("Vera Ishikawa", role)),
          ONLY_HERE);
      assertEquals(1, fs.size(), role);
      assertTrue(fs.get(0).getSignals().contains("vague-institution"), role);
    }
  }

  @Test
  void aForPrefixAfterAProperNameIsANamedInstitution() {
    String words = "Both sides have valid points, and the truth is somewhere in the middle,";
    // the hedge is generic and the person unseen, but the institution is named: 0.35 < 0.6
    assertEquals(List.of(), scorer.score("", List.of(quote("Lee Harwick", words, 40),
        role("Lee Harwick", "director of the Eastbrook College Institute for Public Opinion")), ONLY_HERE));
    assertEquals(1, scorer.score("", List.of(quote("Lee Harwick", words, 40),
        role("Lee Harwick", "director of the Institute for Public Opinion")), ONLY_HERE).size());
  }

  @Test
  void stockHedgesAreGenericAndCheckableOrShortQuotesAreNot() {
    for (String q : List.of("This could be a turning point, but only time will tell",
        "The situation remains fluid and could change very quickly",
        "There is no simple answer here, and anyone who says otherwise is not being honest",
        "It will take time for the dust to settle")) {
      assertTrue(ExpertScorer.isGenericQuote(q), q);
    }
    for (String q : List.of("can do a lot of damage by cherry-picking",
        "Fares rose 14 percent after the fuel surcharge",
        "The board has never once published its maintenance ledger",
        "Trump is positioned to run the house in these first three states",
        "We are not winning yet, but we are seeing something different for the first time in years")) {
      assertFalse(ExpertScorer.isGenericQuote(q), q);
    }
  }

  @Test
  void aLaterPronounQuoteFromARealSpeakerDoesNotHideTheEmptyFirstQuote() {
    Assertion own = quote("Joanna Okafor", "We should not underestimate how much is at stake here,", 40);
    Assertion handed = quote("Joanna Okafor", "The 2017 audit found 212 unpaid invoices in the county ledger", 400);
    handed.setSpeakerKind("pronoun");
    List<Finding> fs = scorer.score("", List.of(own, handed, role("Joanna Okafor", "analyst at a leading university")),
        ONLY_HERE);
    assertEquals(1, fs.size());
    assertTrue(fs.get(0).getSignals().contains("generic-quote"), fs.get(0).getSignals());
  }

  @Test
  void aFarmPageDoesNotCountAgainstARealAnalystWithCheckableWords() {
    // unseen + no institution named = 0.45; the farm's markers would make it 0.65, but the quote names places
    List<Assertion> analyst = List.of(
        quote("Dana Whitlow", "If Ohio had voted before Iowa and Nevada, the governor would not have won", 40),
        role("Dana Whitlow", "analyst"));
    assertEquals(List.of(), scorer.score(FARM, analyst, ONLY_HERE));
  }
}
