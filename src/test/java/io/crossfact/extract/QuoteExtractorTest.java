package io.crossfact.extract;

import static io.crossfact.extract.Fixtures.onlyQuote;
import static io.crossfact.extract.Fixtures.quotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Assertion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteExtractorTest {

  private static void assertQuote(Assertion q, String text, String value, String subject, String kind) {
    assertEquals(value, q.getValue());
    assertEquals(subject, q.getSubject());
    assertEquals(kind, q.getSpeakerKind());
    int start = text.indexOf(value);
    assertEquals(start, q.getStart(), "start offset");
    assertEquals(start + value.length(), q.getEnd(), "end offset");
  }

  @Test
  void quoteThenNameThenCue() {
    String text = "Sen. Jane Holt spoke on Monday.\n\n“We will not back down on this bill,” Holt said.";
    Assertion q = onlyQuote(text);
    assertQuote(q, text, "We will not back down on this bill,", "Jane Holt", "named");
    assertEquals("say", q.getPredicate());
    assertEquals("said", q.getCue());
    assertEquals("“We will not back down on this bill,” Holt said.", q.getText());
    assertEquals(text.indexOf('“'), q.getTextStart());
  }

  @Test
  void quoteThenCueThenNameWithRelativeClause() {
    String text = "“The road was closed for three days,” said Okoro, who accompanied the convoy.";
    assertQuote(onlyQuote(text), text, "The road was closed for three days,", "Okoro", "named");
  }

  @Test
  void nameCueCommaThenQuote() {
    String text = "Jane Holt said, “The vote is set for Friday morning.”";
    assertQuote(onlyQuote(text), text, "The vote is set for Friday morning.", "Jane Holt", "named");
  }

  @Test
  void nameCueColonThenQuote() {
    String text = "Mara Lind said: “Nobody expected the river to rise so fast.”";
    assertQuote(onlyQuote(text), text, "Nobody expected the river to rise so fast.", "Mara Lind", "named");
  }

  @Test
  void toldReportersIsOneCue() {
    String text = "Tom Reyes told reporters: “We have the votes we need today.”";
    Assertion q = onlyQuote(text);
    assertQuote(q, text, "We have the votes we need today.", "Tom Reyes", "named");
    assertEquals("told reporters", q.getCue());
    assertEquals("tell", q.getPredicate());
  }

  @Test
  void appositiveBetweenQuoteAndCueGivesSpeakerAndRole() {
    String text = "“Sanctions rarely work on their own,” Jane Roe, a senior fellow at the Atlantic Council, said.";
    List<Assertion> all = Fixtures.all(text);
    Assertion q = Fixtures.ofKind(all, "quote").get(0);
    assertQuote(q, text, "Sanctions rarely work on their own,", "Jane Roe", "named");
    Assertion role = Fixtures.ofKind(all, "role").get(0);
    assertEquals("Jane Roe", role.getSubject());
    assertEquals("senior fellow at the Atlantic Council", role.getValue());
    assertEquals(text.indexOf("senior"), role.getStart());
  }

  @ParameterizedTest
  @CsvSource({"says,say", "told,tell", "added,add", "wrote,write", "stated,state", "explained,explain",
      "argued,argue", "noted,note", "warned,warn", "insisted,insist"})
  void everyCommonCueVerbAttributes(String verb, String lemma) {
    String text = "“The harbour will reopen next spring,” Holt " + verb + ".";
    Assertion q = onlyQuote(text);
    assertEquals("Holt", q.getSubject());
    assertEquals(lemma, q.getPredicate());
    assertEquals(verb, q.getCue());
  }

  @Test
  void accordingToAfterTheQuote() {
    String text = "“The budget for the year is already spent,” according to the ministry.";
    Assertion q = onlyQuote(text);
    assertQuote(q, text, "The budget for the year is already spent,", "ministry", "organization");
    assertEquals("according to", q.getCue());
  }

  @Test
  void pronounSpeakerResolvesToLastNamedWoman() {
    String text = "Mary Lind met John Park at the port.\n\n“The cranes have been idle for a month,” she said.";
    assertQuote(onlyQuote(text), text, "The cranes have been idle for a month,", "Mary Lind", "pronoun");
  }

  @Test
  void pronounSpeakerResolvesToLastNamedMan() {
    String text = "Mary Lind met John Park at the port.\n\n“The cranes have been idle for a month,” he said.";
    assertEquals("John Park", onlyQuote(text).getSubject());
  }

  @Test
  void officeNamedAfterAnOrganisationBeforeTheNameStillIntroducesThePerson() {
    String text = "“This bill is a disgrace to the chamber,” said Minority Leader Tom Reyes.\n\n"
        + "City Council Majority Whip Laura Kell answered from the floor.\n\n"
        + "“I will tell you what a disgrace is,” she said.";
    Assertion q = quotes(text).get(1);
    assertQuote(q, text, "I will tell you what a disgrace is,", "Laura Kell", "pronoun");
  }

  @Test
  void subjectOfASubordinateClauseDoesNotTakeThePronoun() {
    String text = "Mark Bruin said he would fight the plan. But it may be clear whether Tom Reyes will be the "
        + "nominee by June, he noted.\n\n“If we can't get another nominee, we might abstain,” he said.";
    assertQuote(onlyQuote(text), text, "If we can't get another nominee, we might abstain,", "Mark Bruin", "pronoun");
  }

  @Test
  void subjectOfACueComplementDoesNotTakeThePronoun() {
    String text = "Paul Dorn spoke to the union on Friday. Dorn said Greg Hale has never respected the port workers."
        + "\n\n“He knows full well what the contract says,” he said.";
    assertQuote(onlyQuote(text), text, "He knows full well what the contract says,", "Paul Dorn", "pronoun");
  }

  @Test
  void pluralNounAfterANameIsNoVerbOfIt() {
    String text = "Tom Reyes conceded the vote would be hard to win against Mark Bruin, something Bruin aides argue "
        + "is possible."
        + "\n\n“We must admit that much,” he said.";
    assertQuote(onlyQuote(text), text, "We must admit that much,", "Tom Reyes", "pronoun");
  }

  @Test
  void relativeClauseBetweenSubjectAndVerbKeepsTheSubject() {
    String text = "In the interview, Ann Ruiz, who endorsed Laura Kell in February, repeated her call to treat both "
        + "Kell and her backers fairly.\n\n“We need every one of her voters in November,” she said.";
    assertQuote(onlyQuote(text), text, "We need every one of her voters in November,", "Ann Ruiz", "pronoun");
  }

  @Test
  void relativeClauseWithACueIntroducesTheNextSpeaker() {
    String text = "Laura Kell spoke first. Her plan was backed on Friday by Sen. Ann Ruiz of Oregon, the ranking "
        + "Democrat on the panel, who said none of the costs fell on cities.\n\n"
        + "“It has never made sense to blame the cities for this,” she said in a statement.";
    assertQuote(onlyQuote(text), text, "It has never made sense to blame the cities for this,", "Ann Ruiz",
        "pronoun");
  }

  @Test
  void objectOfAPrepositionBeforeAVerbDoesNotTakeThePronoun() {
    String text = "Mark Bruin says the reaction to Tom Reyes has been cold.\n\n"
        + "“More than anything, it brought people together,” he said.";
    assertQuote(onlyQuote(text), text, "More than anything, it brought people together,", "Mark Bruin", "pronoun");
  }

  @Test
  void capitalisedOrdinaryWordOpeningASentenceIsNoPerson() {
    String text = "Mara Lind watched from the gallery. Many people stayed home. People practically ran from the hall "
        + "when the vote closed.\n\n“We were not told anything at all,” she said.";
    assertQuote(onlyQuote(text), text, "We were not told anything at all,", "Mara Lind", "pronoun");
  }

  @Test
  void clauseAboutAnotherPersonRightBeforeTheQuoteMovesThePronoun() {
    String text = "Mark Bruin and Tom Reyes met at the port. “We cannot reopen the docks before June,” Reyes said."
        + "\n\nBruin disagreed with the plan. “The cranes only need new parts,” he said.";
    Assertion q = quotes(text).get(1);
    assertQuote(q, text, "The cranes only need new parts,", "Mark Bruin", "pronoun");
  }

  @Test
  void nameBeforeACueIsASpeakerEvenWithoutAQuote() {
    String text = "Tom Reyes has long argued for the plan. Mark Bruin said last year that voters who back Reyes "
        + "changed the race.\n\n“I do sense that people are aware of it,” he said.";
    assertQuote(onlyQuote(text), text, "I do sense that people are aware of it,", "Mark Bruin", "pronoun");
  }

  @Test
  void nameAfterAnInvertedCueIsASpeakerEvenWithoutAQuote() {
    String text = "Ann Ruiz opened the meeting. Costs rose sharply this year, said Laura Kell, the port's director. "
        + "Others are “having to be leaner with every dollar,” she said.";
    assertQuote(onlyQuote(text), text, "having to be leaner with every dollar,", "Laura Kell", "pronoun");
  }

  @Test
  void capitalisedWordsBeforeALowerCaseTitleOpenTheSentenceWithTheName() {
    String text = "“We have time to change their minds,” said Tom Reyes.\n\nFormer Oregon governor Mark Bruin, one "
        + "of the plan's loudest backers, was even more resolute.\n\n“Absolutely not, never in this term,” he said.";
    assertQuote(quotes(text).get(1), text, "Absolutely not, never in this term,", "Mark Bruin", "pronoun");
  }

  @Test
  void objectsNamedAfterTheLastSubjectDoNotHideIt() {
    String text = "Mark Bruin and Tom Reyes spoke. “I think he is imploding before our eyes,” Bruin said.\n\n"
        + "Reyes also attacked Laura Kell and Paul Dorn during the rally.\n\n"
        + "“They are weak, very weak on the port,” he said.";
    assertQuote(quotes(text).get(1), text, "They are weak, very weak on the port,", "Tom Reyes", "pronoun");
  }

  @Test
  void ordinaryCapitalisedWordsAreNoPersonsName() {
    String text = "Mark Bruin spoke over the crowds in the square. Cheering Crowds roared for him.\n\n"
        + "“Nobody expected the vote to be so close,” he said.";
    assertQuote(onlyQuote(text), text, "Nobody expected the vote to be so close,", "Mark Bruin", "pronoun");
  }

  @Test
  void givenNameAfterAKinshipNounIsThePersonSpeaking() {
    String text = "Mark Bruin spoke at the rally while Ann Ruiz watched. On Tuesday, his wife, Laura, called for an "
        + "open process.\n\n“Shutting people out is a mistake for the party,” she said.";
    assertQuote(onlyQuote(text), text, "Shutting people out is a mistake for the party,", "Laura", "pronoun");
    // a given name that is also an ordinary word ("bill") is still the person there
    String bill = "Ann Ruiz spoke while Mark Bruin watched. Her husband, Bill, hurled insults at Bruin on Sunday.\n\n"
        + "“I wish I was just a retired man this winter,” he said.";
    assertEquals("Bill", onlyQuote(bill).getSubject());
  }

  @Test
  void headlineVerbEndsTheNameBeforeIt() {
    String text = "Bruin Claims Reyes Most Qualified Ever\n\nTwo claims in Mayor Mark Bruin's speech on Wednesday do "
        + "not stand up.\n\nHe told his audience: “Nobody has been more qualified than Reyes for this job.”";
    assertQuote(onlyQuote(text), text, "Nobody has been more qualified than Reyes for this job.", "Mark Bruin",
        "pronoun");
  }

  @Test
  void nameClosingAFramingToPhraseHoldsTheViewThatFollows() {
    String text = "Ann Ruiz unveiled the port plan on Monday.\n\nTo Oregon State economist Laura Kell, Ruiz's stare "
        + "seemed to reflect fatigue.\n\n“It looked like a bitter pill for the whole port,” she said.";
    assertQuote(onlyQuote(text), text, "It looked like a bitter pill for the whole port,", "Laura Kell", "pronoun");
  }

  @Test
  void honorificDecidesGenderOfUnknownGivenName() {
    String text = "Ms. Adaeze Okafor spoke after Tom Reyes.\n\n“We filed the complaint in March,” she said.";
    assertEquals("Adaeze Okafor", onlyQuote(text).getSubject());
  }

  @Test
  void theSenatorResolvesToThePersonWithThatTitle() {
    String text = "Sen. Jane Holt and Tom Reyes toured the dam.\n\n“This dam needs repairs right now,” the senator said.";
    assertQuote(onlyQuote(text), text, "This dam needs repairs right now,", "Jane Holt", "description");
  }

  @Test
  void descriptionWithPlaceResolvesThroughStatedRoles() {
    String text = "Sen. Jane Holt, an Oregon Democrat, met Gov. Tom Reyes.\n\n"
        + "“The water rights deal is dead,” the Oregon senator said.";
    assertEquals("Jane Holt", onlyQuote(text).getSubject());
  }

  @Test
  void surnameTitleAndLowerCaseFormsResolveToTheFullName() {
    String text = "Sen. Jane Holt arrived late.\n\n“We need more time on the bill,” Sen. Holt said.\n\n"
        + "“The vote can wait until next week,” senator holt said.\n\n“Nobody here is in a hurry,” Jane Holt said.";
    List<Assertion> q = quotes(text);
    assertEquals(3, q.size());
    for (Assertion a : q) {
      assertEquals("Jane Holt", a.getSubject());
    }
  }

  @Test
  void surnameBeforeAnyFullNameStaysTheSurname() {
    String text = "“We need more time on the bill,” Holt said.\n\nLater, Sen. Jane Holt left the chamber.";
    assertEquals("Holt", onlyQuote(text).getSubject());
  }

  @Test
  void aliasListJoinsNameVariants() {
    String text = "“The mine will stay open for now,” Bill Okoro said.";
    assertEquals("William Okoro", onlyQuote(text).getSubject());
  }

  @Test
  void secondPartOfSplitQuoteKeepsTheSpeaker() {
    String text = "Tom Reyes spoke first.\n\n“The first part is about money,” he said. “The second part is about time.”";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertEquals("Tom Reyes", q.get(0).getSubject());
    assertEquals("Tom Reyes", q.get(1).getSubject());
    assertEquals("The second part is about time.", q.get(1).getValue());
  }

  @Test
  void multiParagraphQuoteIsOneQuote() {
    String text = "Mara Lind said:\n\n“The first paragraph runs on without a closing mark.\n\n"
        + "“The second paragraph closes it.”\n\nThe meeting ended.";
    Assertion q = onlyQuote(text);
    assertEquals("The first paragraph runs on without a closing mark. The second paragraph closes it.", q.getValue());
    assertEquals(text.indexOf("The first"), q.getStart());
    assertEquals(text.indexOf("it.”") + 3, q.getEnd());
    assertEquals("Mara Lind", q.getSubject());
  }

  @Test
  void nestedSingleQuotesStayInsideTheValue() {
    String text = "“He told me ‘never again’ and he meant it,” Holt said.";
    assertEquals("He told me ‘never again’ and he meant it,", onlyQuote(text).getValue());
  }

  @Test
  void partialQuoteInParaphraseKeepsTheSentenceSpeaker() {
    String text = "Jane Holt accused the ministry of “moving the goalposts” on the permits.";
    Assertion q = onlyQuote(text);
    assertQuote(q, text, "moving the goalposts", "Jane Holt", "named");
    assertEquals("accuse", q.getPredicate());
  }

  @Test
  void straightQuotesWorkLikeCurlyOnes() {
    String text = "\"We are ready for the inspection,\" Tom Reyes said.";
    assertQuote(onlyQuote(text), text, "We are ready for the inspection,", "Tom Reyes", "named");
  }

  @Test
  void scareQuotedTermWithoutCueIsNoQuote() {
    assertTrue(quotes("The mayor ran on a “law and order” platform last year.").isEmpty());
  }

  @Test
  void markupDebrisIsNoQuote() {
    assertTrue(quotes("<div class=\"story-body\" id=\"main\">The council met on Tuesday.</div>").isEmpty());
  }

  @Test
  void unbalancedMarkNeverSwallowsTheNextParagraph() {
    String text = "The sign read “closed for the season and more\n\nThe next paragraph has no quotes at all. "
        + "It goes on for a while with plain reporting.";
    for (Assertion q : quotes(text)) {
      assertTrue(q.getEnd() <= text.indexOf("\n\n"), "quote ran past its paragraph: " + q);
    }
  }

  @Test
  void quotedTitleInHeadlineListIsNoQuote() {
    assertTrue(quotes("Watch: “The Art Of The Long Game” Premieres Tonight\nMore: “Ten Things We Learned”").isEmpty());
  }

  @Test
  void organisationSpeakers() {
    assertEquals("newspaper", onlyQuote("“The figures were never audited by anyone,” the newspaper wrote.")
        .getSubject());
    Assertion ministry = onlyQuote("“The border stays closed for trucks,” ministry spokespersons have said.");
    assertEquals("ministry", ministry.getSubject());
    assertEquals("organization", ministry.getSpeakerKind());
    Assertion company = onlyQuote("“We regret the delay to our customers,” the company said in a statement.");
    assertEquals("company", company.getSubject());
    assertEquals("organization", company.getSpeakerKind());
  }

  @Test
  void datelineAgencyIsNotTheSpeaker() {
    String text = "NAIROBI (Reuters) — Health Minister Amina Wanjiru said on Monday that the clinics would "
        + "“stay open through the whole of the rainy season.”";
    assertEquals("Amina Wanjiru", onlyQuote(text).getSubject());
  }

  @Test
  void blankedBoilerplateYieldsNothingAndOffsetsStayOnTheText() {
    String text = "Related: “Five things to know about the vote today”\n\n“The vote is final now,” Holt said.";
    String body = " ".repeat(text.indexOf("\n\n")) + text.substring(text.indexOf("\n\n"));
    io.crossfact.model.Article a = Fixtures.article(text);
    a.setBody(body);
    List<Assertion> q = Fixtures.ofKind(Fixtures.EXTRACTOR.extract(a), "quote");
    assertEquals(1, q.size());
    assertEquals(text.indexOf("The vote is final"), q.get(0).getStart());
  }

  @Test
  void resultsComeInTextOrder() {
    String text = "Sen. Jane Holt spoke.\n\n“First thing I want to say,” Holt said.\n\n“Second thing I want to say,”"
        + " Tom Reyes said.";
    List<Assertion> all = Fixtures.all(text);
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).getStart() <= all.get(i).getStart());
    }
    assertEquals("Tom Reyes", quotes(text).get(1).getSubject());
  }

  @Test
  void relativeClauseSubjectIsTheSpeaker() {
    String text = "Tom Reyes, who has long described the dam as “a disaster waiting to happen,” voted no.";
    assertEquals("Tom Reyes", onlyQuote(text).getSubject());
  }

  @Test
  void participleCueTakesTheSubjectOfItsClause() {
    String text = "“We will appeal,” Jane Holt told a rally, saying the court would “regret this ruling for years.”";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertEquals("Jane Holt", q.get(1).getSubject());
    assertEquals("saying", q.get(1).getCue());
  }

  @Test
  void unresolvedDescriptionIsAnUnnamedSpeaker() {
    String text = "“The levee will not hold another storm like that,” said a county engineer.";
    assertQuote(onlyQuote(text), text, "The levee will not hold another storm like that,", "county engineer",
        "unnamed");
  }

  @Test
  void splitQuoteSecondPartInheritsAnUnnamedSpeaker() {
    String text = "“The budget cannot absorb another cut,” one school board member said. “We would close two "
        + "libraries.”";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertQuote(q.get(0), text, "The budget cannot absorb another cut,", "school board member", "unnamed");
    assertQuote(q.get(1), text, "We would close two libraries.", "school board member", "unnamed");
  }

  @Test
  void sharedSurnameMeansTheFamilyMemberMentionedMost() {
    String text = "Governor Paul Brandt toured the mill. Brandt met workers. His daughter, Nora Brandt, joined him.\n\n"
        + "“The mill will reopen before the winter,” Brandt said.";
    assertQuote(onlyQuote(text), text, "The mill will reopen before the winter,", "Paul Brandt", "named");
  }

  @Test
  void partyTagBetweenCommasSitsBetweenNameAndCue() {
    String text = "“The bridge money is already spent,” Senate Majority Leader Ruth Calder, R-Ky., said.";
    assertQuote(onlyQuote(text), text, "The bridge money is already spent,", "Ruth Calder", "named");
    String lead = "Sen. Ruth Calder, R-Wis., said in a letter, “The agency ignored three requests for staff.”";
    assertQuote(onlyQuote(lead), lead, "The agency ignored three requests for staff.", "Ruth Calder", "named");
  }

  @Test
  void organisationNameWithOfIsAnOrganisationSpeaker() {
    String text = "“The lake stays closed to motor boats until May,” the Department of Natural Resources said.";
    assertQuote(onlyQuote(text), text, "The lake stays closed to motor boats until May,",
        "Department of Natural Resources", "organization");
    String lead = "The Centers for Disease Control and Prevention said the outbreak was “contained for now.”";
    assertQuote(onlyQuote(lead), lead, "contained for now.", "Centers for Disease Control and Prevention",
        "organization");
  }

  @Test
  void spokesmanForAnOrganisationSpeaksForIt() {
    String text = "“We have no record of that permit request,” said a spokeswoman for Harlow County.";
    assertQuote(onlyQuote(text), text, "We have no record of that permit request,", "Harlow County",
        "organization");
  }

  @Test
  void spokesmanForAPersonIsNotThatPerson() {
    String text = "Dana Whitfield toured the plant.\n\n“That claim is false and we will say so,” a spokesman for "
        + "Whitfield said.";
    assertQuote(onlyQuote(text), text, "That claim is false and we will say so,", "spokesman for Whitfield",
        "unnamed");
  }

  @Test
  void pronounFollowsANewlyIntroducedSubjectOverTheEarlierSpeaker() {
    String text = "“We will fund the levee this year,” Mayor Tom Reyes said.\n\nDemocratic Rep. Paul Brandt of Ohio, "
        + "a critic of the plan, said the money was too little.\n\n“It covers only half of the river,” he said.";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertQuote(q.get(0), text, "We will fund the levee this year,", "Tom Reyes", "named");
    assertQuote(q.get(1), text, "It covers only half of the river,", "Paul Brandt", "pronoun");
  }

  @Test
  void partialQuoteWithAttributionAtTheEndOfItsSentence() {
    String text = "Rita Ortiz runs the tenants union.\n\nVoters “want a real fight over the rent rules” this year, "
        + "Ortiz said on Monday.";
    assertQuote(onlyQuote(text), text, "want a real fight over the rent rules", "Rita Ortiz", "named");
    String after = "The levy was “a burden on every family in the county” for years, said Tom Reyes.";
    assertQuote(onlyQuote(after), after, "a burden on every family in the county", "Tom Reyes", "named");
  }

  @Test
  void sentenceEndAttributionNeedsTheSentenceToRunOn() {
    String text = "“We are getting all the support we need this spring,” said Kendra Voss. “They have no plan at "
        + "all.”\n\nLike the mayor, the county board has written to the state, officials said.";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertQuote(q.get(1), text, "They have no plan at all.", "Kendra Voss", "named");
  }

  @Test
  void roleCommaNameCommaThenCueAfterQuote() {
    String text = "“By March the county stood out as a place to compete,” the mayor's campaign manager, Lena Ostrow, "
        + "said in an interview.";
    assertQuote(onlyQuote(text), text, "By March the county stood out as a place to compete,", "Lena Ostrow",
        "named");
  }

  @Test
  void hasSinceBeforeTheVerbOfAColonLeadIn() {
    String text = "Mayor Lena Ostrow was asked about the audit.\n\nOstrow has since apologized for the delay: “I should "
        + "have published the numbers in the spring.”";
    assertQuote(onlyQuote(text), text, "I should have published the numbers in the spring.", "Lena Ostrow", "named");
  }

  @Test
  void wordsAfterAnOrganisationsOfAreNoPerson() {
    String text = "Sen. Mara Lind met the chair of the Council of Economic Advisers on Monday.\n\n"
        + "“The wage rule will not cost jobs in the state,” she said.";
    assertQuote(onlyQuote(text), text, "The wage rule will not cost jobs in the state,", "Mara Lind", "pronoun");
    People p = new PersonExtractor(io.crossfact.config.CrossfactConfig.defaults()).people(text);
    assertEquals(1, p.persons().size());
  }

  @Test
  void aNameAfterCommaButOpensItsClauseForALaterPronoun() {
    String text = "Sen. Paul Brandt and Gov. Tom Reyes met in a debate.\n\n“We should move on to the next question "
        + "now,” Reyes said.\n\nThe hall was loud and the clock had run out long before the last round of "
        + "questions on the budget, the schools and the roads, and the audience had started to leave the room. "
        + "Outside, a long line of buses waited in the rain for the crowd, and the drivers kept their engines "
        + "running while the last speeches went on inside.\n\n"
        + "The moderators agreed, but Brandt wasn't finished.\n\n"
        + "“You never answered the question about the bridge,” he said.";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertQuote(q.get(1), text, "You never answered the question about the bridge,", "Paul Brandt", "pronoun");
  }

  @Test
  void ageDescriptionIsAnUnnamedSpeaker() {
    String text = "“My father built this mill with his own hands,” said the 41-year-old.";
    assertQuote(onlyQuote(text), text, "My father built this mill with his own hands,", "41-year-old", "unnamed");
  }

  @Test
  void descriptionCutBeforeItsModifier() {
    String text = "“The board has been very worked up about the audit,” said a source close to the council.";
    assertQuote(onlyQuote(text), text, "The board has been very worked up about the audit,", "source", "unnamed");
  }

  @Test
  void misdecodedAccentStaysInTheSurname() {
    String text = "“We will rebuild the old bridge first,” said Mayor Luis Mu\u00C3\u00B1oz.";
    assertQuote(onlyQuote(text), text, "We will rebuild the old bridge first,", "Luis Mu\u00C3\u00B1oz", "named");
  }

  @Test
  void commonWordSurnameAfterItsGivenName() {
    String text = "Columnist Nora Will has covered the council for years.\n\n"
        + "“The budget hides more than it shows,” Will wrote.";
    assertQuote(onlyQuote(text), text, "The budget hides more than it shows,", "Nora Will", "named");
  }

  @Test
  void titledPersonWhoseSurnameIsAnOutlet() {
    String text = "Mayor Odile Gallup opened the new ferry terminal on Friday.\n\n"
        + "Gallup told reporters: “The crossing will run every hour from next month.”";
    assertQuote(onlyQuote(text), text, "The crossing will run every hour from next month.", "Odile Gallup", "named");
  }

  @Test
  void participleAfterAnEarlierQuoteHangsOnTheSubject() {
    String text = "Mayor Lena Ortiz gave a spirited defense of “river towns,” saying the valley had the “grit and "
        + "patience of its oldest farmers.”";
    assertQuote(onlyQuote(text), text, "grit and patience of its oldest farmers.", "Lena Ortiz", "named");
  }

  @Test
  void partialQuoteAfterIntroductoryPhraseTakesTheNamedSubject() {
    String text = "Speaking to farmers in Dalton on Monday, Governor Ada Brenner referred to the levy as “a tax on "
        + "every loaf of bread.”";
    assertQuote(onlyQuote(text), text, "a tax on every loaf of bread.", "Ada Brenner", "named");
  }

  @Test
  void partialQuoteAfterModifiedNameAndChainedInserts() {
    String text = "Tariq Osei chairs the panel. House Democrat Tariq Osei, meanwhile, who sits on two committees, "
        + "said the vote shows the bill is \"ready for a floor debate next week.\"";
    assertQuote(onlyQuote(text), text, "ready for a floor debate next week.", "Tariq Osei", "named");
  }

  @Test
  void quoteThenNameThenPastVerbOffTheCueList() {
    String text = "Senator Ruth Okafor questioned the minister for an hour.\n\n"
        + "Minister Paul Brandt spoke at length about the budget.\n\n"
        + "“You still have not answered my question about the dam,” Okafor pressed.";
    assertQuote(onlyQuote(text), text, "You still have not answered my question about the dam,", "Ruth Okafor",
        "named");
  }

  @Test
  void quoteAfterSentenceThatNamesItsSpeaker() {
    String text = "“The harbor plan is finished,” said Mayor Ivo Brandt.\n\n"
        + "Councilwoman Lena Ortiz disagreed. “The plan ignores the fishermen entirely.”";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertQuote(q.get(1), text, "The plan ignores the fishermen entirely.", "Lena Ortiz", "named");
  }

  @Test
  void quoteThenNameThenPastVerbWithShortObject() {
    String text = "Pastor Wendell Ames brought Ruth Okafor onto the stage.\n\n"
        + "“Nobody in this valley will be left behind,” Okafor assured the crowd.";
    assertQuote(onlyQuote(text), text, "Nobody in this valley will be left behind,", "Ruth Okafor", "named");
  }

  @Test
  void placeAfterPrepositionInInsertIsNoSpeaker() {
    String text = "Okafor, during a town hall in Dalton, Georgia, said the levy was \"a tax on every loaf of bread.\"";
    assertQuote(onlyQuote(text), text, "a tax on every loaf of bread.", "Okafor", "named");
  }

  @Test
  void goesOnBeforeANounIsNoCue() {
    String text = "Senator Ruth Okafor said that once the council goes on recess, “I will visit every town in the "
        + "county.”";
    assertQuote(onlyQuote(text), text, "I will visit every town in the county.", "Ruth Okafor", "named");
  }

  @Test
  void sentenceEndAttributionBeforeApposition() {
    String text = "The vote marks \"the start of a long fight over water\" in the valley, said Ines Marlow, "
        + "director of the River Trust.";
    assertQuote(onlyQuote(text), text, "the start of a long fight over water", "Ines Marlow", "named");
  }

  @Test
  void trailingAsNameCue() {
    String text = "The fact that the race \"is a coin toss right now,\" as Okafor said on the radio on Monday, "
        + "only raised the stakes.";
    assertQuote(onlyQuote(text), text, "is a coin toss right now,", "Okafor", "named");
  }

  @Test
  void partialQuoteAfterLongRelativeClauseInsert() {
    String text = "Oregon Gov. Ines Marlow, who lost to Paul Brandt in the bitter 1998 Democratic primaries and whose views then on "
        + "water and other issues clashed with those of the former governor, described the plan during a Tuesday "
        + "interview as “a gift to the next generation of farmers.”";
    assertQuote(onlyQuote(text), text, "a gift to the next generation of farmers.", "Ines Marlow", "named");
  }

  @Test
  void quoteEndingItsSentenceIsNotAttributedByTheNextSentence() {
    String text = "In asking for the audit, Attorney General Nora Quist (D) asserted that \"trust in the county "
        + "board is gone.\" Councilman Ivo Brandt said Tuesday he, too, wants an audit of the board.";
    assertQuote(onlyQuote(text), text, "trust in the county board is gone.", "Nora Quist", "named");
  }

  @Test
  void cueWordAfterPossessiveIsANoun() {
    String text = "Senator Ruth Okafor said the harbor plan was flawed. Party Chairman Ivo Brandt called Okafor's "
        + "remarks on the plan \"a cheap attempt to score points before the vote.\"";
    assertQuote(onlyQuote(text), text, "a cheap attempt to score points before the vote.", "Ivo Brandt", "named");
  }

  @Test
  void droppedShortQuoteStillNamesWhoIsTalking() {
    String text = "“The harbor plan is finished,” said Mayor Ivo Brandt.\n\n"
        + "Council Chairman Nora Quist called Brandt's plan on the harbor a \"new low\" and a \"cynical attempt "
        + "to please the developers.\"";
    List<Assertion> q = quotes(text);
    assertEquals(2, q.size());
    assertQuote(q.get(1), text, "cynical attempt to please the developers.", "Nora Quist", "named");
  }

  @Test
  void openingParticipleIsNoName() {
    String text = "Senator Ruth Okafor toured the county on Friday.\n\nAddressing the county fair, Okafor praised "
        + "the valley and its farmers and its many small towns as “a place of hard work and honest talk.”";
    assertQuote(onlyQuote(text), text, "a place of hard work and honest talk.", "Ruth Okafor", "named");
  }

  @Test
  void nameAfterNamingVerbIsItsObject() {
    String text = "Mayor Ruth Okafor opened the new pier on Friday.\n\nOkafor warmly called River Trust director "
        + "Ivo Brandt “one of the best partners this town has ever had.”";
    assertQuote(onlyQuote(text), text, "one of the best partners this town has ever had.", "Ruth Okafor", "named");
  }

  @Test
  void accordingToItsOwnAnalysisIsNoNewSource() {
    String text = "Ivo Brandt, a member of the party's executive committee, said that according to its analysis, the "
        + "party won most seats, but \"we are still counting the last districts.\"";
    assertQuote(onlyQuote(text), text, "we are still counting the last districts.", "Ivo Brandt", "named");
  }

  @Test
  void pronounContractionIsNoName() {
    String text = "Senator Ruth Okafor spoke on Monday. But Okafor says she goes \"back to work tomorrow.\" "
        + "She’s predicting a hard fight.";
    assertQuote(onlyQuote(text), text, "back to work tomorrow.", "Ruth Okafor", "named");
  }

  @Test
  void colonAfterNameWithPartyTag() {
    String text = "The hearing turned sharp.\n\nRep. Ines Marlow (D-Ore.):\"I have not heard anyone cite that "
        + "figure before today.\"";
    assertQuote(onlyQuote(text), text, "I have not heard anyone cite that figure before today.", "Ines Marlow",
        "named");
  }

  @Test
  void colonAfterTwoNamesJoinedByAnd() {
    String text = "VOTERS WANT A LEADER - Paul Brandt and Nora Quist: “We found that voters rank inspiration above "
        + "every other trait.”";
    assertQuote(onlyQuote(text), text, "We found that voters rank inspiration above every other trait.",
        "Nora Quist", "named");
  }

  @Test
  void givenNameBillIsNoOrganisation() {
    String text = "“We will win this fight in the fall,” said Bill Okafor.";
    assertQuote(onlyQuote(text), text, "We will win this fight in the fall,", "Bill Okafor", "named");
  }

  @Test
  void askedByNamesTheInterviewer() {
    String text = "Senator Ruth Okafor sat down for the interview.\n\nOkafor was asked by host Ivo Brandt, who has "
        + "backed her before, “Now, you said last year that you would not run again, didn't you?”";
    assertQuote(onlyQuote(text), text, "Now, you said last year that you would not run again, didn't you?",
        "Ivo Brandt", "named");
  }

  @Test
  void roleWordSeparatesModifiersFromTheName() {
    String text = "“We are losing ground in the river towns,” said Democratic pollster Anselm Vigo.";
    assertQuote(onlyQuote(text), text, "We are losing ground in the river towns,", "Anselm Vigo", "named");
  }

  @Test
  void participleAfterNameAndAdverb() {
    String text = "At a rally in Dalton, Georgia, on Saturday, protesters were led out, with Senator Ruth Okafor "
        + "reportedly shouting: “Let them speak, this is a free country!”";
    assertQuote(onlyQuote(text), text, "Let them speak, this is a free country!", "Ruth Okafor", "named");
  }

  @Test
  void sentenceOpeningPrepositionIsNoName() {
    String text = "Between 2001 and 2007, mill jobs fell faster than they would have if the council had not passed "
        + "\"permanent normal trade relations\" with the two river towns.";
    Assertion q = onlyQuote(text);
    assertEquals("permanent normal trade relations", q.getValue());
    assertTrue(q.getSubject() == null || q.getSubject().isEmpty(), q.getSubject());
  }

  @Test
  void listenerAfterToldIsNoSpeaker() {
    String text = "Party Chairman Ivo Brandt spoke on Thursday.\n\nBrandt later Thursday told River Radio: “Both "
        + "candidates are meeting next week to talk about the budget.”";
    assertQuote(onlyQuote(text), text, "Both candidates are meeting next week to talk about the budget.",
        "Ivo Brandt", "named");
  }
}
