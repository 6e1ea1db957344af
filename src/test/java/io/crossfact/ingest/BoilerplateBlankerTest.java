package io.crossfact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BoilerplateBlankerTest {

  private static String body(String text) {
    String body = BoilerplateBlanker.blank(text).body();
    assertEquals(text.length(), body.length(), "body must keep the text's length");
    return body;
  }

  private static Set<String> markers(String text) {
    return BoilerplateBlanker.blank(text).markers();
  }

  private static void assertBlanked(String text, String part) {
    String body = body(text);
    int at = text.indexOf(part);
    assertTrue(at >= 0, part);
    assertTrue(body.substring(at, at + part.length()).isBlank(), () -> "not blanked: " + part + "\nbody: " + body);
  }

  private static void assertKept(String text, String part) {
    String body = body(text);
    int at = text.indexOf(part);
    assertTrue(at >= 0, part);
    assertEquals(part, body.substring(at, at + part.length()), () -> "changed: " + part);
  }

  @Test
  void breadcrumbLineIsBlankedButOffsetsKept() {
    String text = "Home \u00bb World \u00bb Africa\nFloods displaced 40,000 people, officials said.\n";
    String body = body(text);
    assertTrue(body.startsWith(" ".repeat("Home \u00bb World \u00bb Africa".length()) + "\n"));
    assertEquals(text.indexOf("Floods"), body.indexOf("Floods"));
  }

  @Test
  void breadcrumbWithAngleBracketsSlashesOrYouAreHereIsBlanked() {
    assertBlanked("Home > News > Politics\nText.", "Home > News > Politics");
    assertBlanked("Home / Politics / Elections\nText.", "Home / Politics / Elections");
    assertBlanked("You are here: Home > News\nText.", "You are here: Home > News");
    assertBlanked("News | World | Africa | Kenya\nText.", "News | World | Africa | Kenya");
  }

  @Test
  void proseOpeningWithWidgetWordsIsKept() {
    String text = Fixtures.text("txt-prose-that-resembles-boilerplate.txt");
    String widget = "\nTrending\n";
    assertTrue(text.endsWith(widget));
    String prose = text.substring(0, text.length() - widget.length());
    assertEquals(prose + "\n        \n", body(text), "only the trailing widget heading goes");
    assertTrue(markers(text).isEmpty());
  }

  @Test
  void breadcrumbWithTrailingSeparatorOrHeadlineCrumbIsBlanked() {
    assertBlanked("Home \u00bb World \u00bb\nText.", "Home \u00bb World \u00bb");
    assertBlanked("Home \u00bb World \u00bb Africa \u00bb Floods displace thousands along Tana River\nText.",
        "Home \u00bb World \u00bb Africa \u00bb Floods displace thousands along Tana River");
  }

  @Test
  void linkListStopsAtAQuoteParagraph() {
    String text = "Most read\n\n\"We will rebuild,\" the governor said.\n";
    assertKept(text, "\"We will rebuild,\" the governor said.");
  }

  @Test
  void linkListStopsAtAParagraphEndingInAQuotedExclamationOrQuestion() {
    String text = "The hall was full.\n\nRelated\n\nHarbour Vote Slips as Costs Rise\n\n"
        + "Mayor on the budget: \u201CWhere is the money?\u201D\n\n"
        + "When a resident shouted \u201CNot again,\u201D the mayor laughed, \u201CCome to the next meeting and tell"
        + " us!\u201D\n\nSomeone asked, \"Is that a promise?\"\n\nThe council then voted.\n";
    assertBlanked(text, "Related");
    assertBlanked(text, "Harbour Vote Slips as Costs Rise");
    assertBlanked(text, "Mayor on the budget: \u201CWhere is the money?\u201D");
    assertKept(text, "When a resident shouted \u201CNot again,\u201D the mayor laughed, \u201CCome to the next"
        + " meeting and tell us!\u201D");
    assertKept(text, "Someone asked, \"Is that a promise?\"");
    assertKept(text, "The council then voted.");
  }

  @Test
  void comparisonsAndFractionsInProseAreNotBreadcrumbs() {
    String text = "The vote was 45 > 30 > 12 in the three rounds.\nKenya | Reuters\nHalf of households / families / firms agreed.\n";
    assertEquals(text, body(text));
  }

  @Test
  void relatedHeadingAndTheHeadlinesUnderItAreBlankedUntilProseResumes() {
    String text = "Rains continued on Monday.\n\nRelated:\nKenya floods: what we know so far\n\n"
        + "- Rains expected to ease by mid-June, forecasters say\n\nOfficials warned of more rain this week.\n";
    String body = body(text);
    assertBlanked(text, "Related:");
    assertBlanked(text, "Kenya floods: what we know so far");
    assertBlanked(text, "- Rains expected to ease by mid-June, forecasters say");
    assertKept(text, "Officials warned of more rain this week.");
    assertKept(text, "Rains continued on Monday.");
    assertEquals(text.indexOf("Officials"), body.indexOf("Officials"));
  }

  @Test
  void mostReadAndTrendingListsWithNumbersAreBlanked() {
    String text = "Most read\n1. Election date set\n2. Fuel prices fall\n\nTrending now\nThe cabinet meets today\n"
        + "The central bank cut rates by half a point on Thursday, its first cut since 2020.\n";
    String body = body(text);
    assertEquals("The central bank cut rates by half a point on Thursday, its first cut since 2020.",
        body.strip());
  }

  @Test
  void inlineReadMoreLinkIsBlanked() {
    assertBlanked("Text.\nREAD MORE: Kenya floods displace thousands\nMore text.", "READ MORE: Kenya floods displace thousands");
  }

  @Test
  void sharePromptsAreBlankedAndMarked() {
    String text = "Prices rose.\nShare this article\nShare on Facebook\nTweet\nFacebook Twitter LinkedIn WhatsApp\nEmail\nPrint\n";
    assertEquals("Prices rose.", body(text).strip());
    assertEquals(Set.of(BoilerplateBlanker.SHARE_PROMPT), markers(text));
  }

  @Test
  void shareButtonsWithoutPromptDoNotMark() {
    String text = "Prices rose.\nEmail\nPrint\n";
    assertEquals("Prices rose.", body(text).strip());
    assertTrue(markers(text).isEmpty());
  }

  @Test
  void verbShareInProseIsKept() {
    String text = "The bank said it would share data with regulators.\n";
    assertEquals(text, body(text));
  }

  @Test
  void commentWidgetsAreBlankedWithoutMarker() {
    String text = "Prices rose.\nComments (12)\n3 Comments\nLeave a comment\nLog in to comment\nBe the first to comment\n";
    assertEquals("Prices rose.", body(text).strip());
    assertTrue(markers(text).isEmpty());
  }

  @Test
  void commentBaitIsBlankedAndMarked() {
    for (String bait : new String[] {"Share your thoughts in the comments below!", "Let us know in the comments.",
        "What do you think? Comment below!", "Tell us what you think in the comments section."}) {
      String text = "Rents rose in May.\n" + bait + "\n";
      assertBlanked(text, bait);
      assertEquals(Set.of(BoilerplateBlanker.COMMENT_PROMPT), markers(text), bait);
    }
  }

  @Test
  void commentBaitInsideAParagraphBlanksOnlyItsSentences() {
    String text = "Rents rose sharply in May. What do you think? Let us know in the comments below. Experts expect more rises.\n";
    assertKept(text, "Rents rose sharply in May.");
    assertBlanked(text, "What do you think? Let us know in the comments below.");
    assertKept(text, "Experts expect more rises.");
  }

  @Test
  void chatbotWidgetsAreBlankedAndMarked() {
    String text = "Prices rose.\nAsk our AI assistant\nChat with us\nHi! I'm Ava, your virtual assistant. How can I help?\n";
    assertEquals("Prices rose.", body(text).strip());
    assertEquals(Set.of(BoilerplateBlanker.CHATBOT_WIDGET), markers(text));
  }

  @Test
  void proseAboutChatbotsIsKept() {
    String text = "The company launched an AI assistant last year that answers tax questions.\n";
    assertEquals(text, body(text));
    assertTrue(markers(text).isEmpty());
  }

  @Test
  void newsletterCookieAndSubscribePromptsAreBlanked() {
    String text = "Sign up for our newsletter to get the latest news.\nSubscribe now\n"
        + "We use cookies to give you the best experience.\nAdvertisement\nSkip to content\n"
        + "\u00a9 2024 Meridian Media. All rights reserved.\nThe ministry's newsletter, published on Friday, listed 40 deaths.\n"
        + "Copyright infringement cases rose 20% last year, the report said.\nImage source, Getty Images\n";
    String kept = Fixtures.kept(body(text));
    assertEquals("The ministry's newsletter, published on Friday, listed 40 deaths. "
        + "Copyright infringement cases rose 20% last year, the report said.", kept);
  }

  @Test
  void metadataLinesAreBlankedButBylinesStay() {
    String text = "Date: 2024-06-03\nPublished: June 3, 2024\nUpdated 4 June 2024 10:00 BST\nSource: Daily Meridian\n"
        + "URL: https://dailymeridian.example/a\nTags: floods, Kenya\nBy Jane Roe\nUpdated figures show 40 deaths.\n";
    assertEquals("By Jane Roe Updated figures show 40 deaths.", Fixtures.kept(body(text)));
  }

  @Test
  void titleLabelIsBlankedButTheTitleKept() {
    String text = "Title: Floods worsen along the Tana\nRains continued.\n";
    assertBlanked(text, "Title: ");
    assertKept(text, "Floods worsen along the Tana");
  }

  @Test
  void scriptAndCssLinesAreBlankedButFormulasInProseStay() {
    String text = "function gtag(){dataLayer.push(arguments);}\n.share-tools{display:flex;gap:4px}\n"
        + "The formula (a + b) = c was not used; officials chose (x) instead.\n";
    assertEquals("The formula (a + b) = c was not used; officials chose (x) instead.", body(text).strip());
  }

  @Test
  void strayTagsAndAttributeTailsAreBlankedInsideSentences() {
    String text = "widget-box\">The ministry said <b>tariffs</b> would rise class=\"x\">by 8%.&nbsp;\n";
    String expected = text;
    for (String debris : new String[] {"widget-box\">", "<b>", "</b>", "class=\"x\">", "&nbsp;"}) {
      expected = expected.replace(debris, " ".repeat(debris.length()));
    }
    assertEquals(expected, body(text));
  }

  @Test
  void loneAttributeCloseLineIsBlanked() {
    String text = "Prices rose.\n\">\n<div class=\"widget\n";
    assertEquals("Prices rose.", body(text).strip());
  }

  @Test
  void strayAttributeCloseBeforeAQuoteIsBlankedAndTheQuoteKept() {
    String text = "\">\"We are ready,\" she said.&amp;nbsp;\n";
    assertEquals("  \"We are ready,\" she said.          \n", body(text));
  }

  @Test
  void quotedWordsFollowedByAngleBracketProseAreNotDebris() {
    String text = "He called the plan \"bold\" and said costs > benefits.\n";
    assertEquals(text, body(text));
  }

  @Test
  void interviewTranscriptBlockQuotesAndMultiParagraphQuotesAreUntouched() {
    String text = Fixtures.text("txt-interview-transcript.txt");
    assertEquals(text, body(text));
    assertTrue(markers(text).isEmpty());
  }

  @Test
  void repeatedParagraphsAreMarked() {
    String para = "A VPN encrypts your traffic and hides your location from prying eyes everywhere.";
    assertEquals(Set.of(BoilerplateBlanker.REPEATED_SECTIONS), markers(para + "\n\nOther text here.\n\n" + para + "\n"));
    assertTrue(markers("Short line.\n\nShort line.\n").isEmpty(), "lines under 8 words do not count");
  }

  @Test
  void headingsRepeatingOneKeywordPhraseAreMarked() {
    String text = "Best VPN for Kenya in 2024\n\nText one.\n\nWhy You Need a VPN for Kenya\n\nText two.\n\n"
        + "How to Choose a VPN for Kenya\n\nText three.\n";
    assertEquals(Set.of(BoilerplateBlanker.KEYWORD_STUFFED_HEADINGS), markers(text));
  }

  @Test
  void liveBlogKickersAreNotKeywordStuffing() {
    String text = "Kenya floods: death toll rises to 40\n\nText.\n\nKenya floods: rescue boats reach Garsen\n\nText.\n\n"
        + "Kenya floods: aid appeal launched\n\nText.\n";
    assertTrue(markers(text).isEmpty());
  }

  @Test
  void faqBlockIsMarkedAsKeywordStuffing() {
    assertEquals(Set.of(BoilerplateBlanker.KEYWORD_STUFFED_HEADINGS),
        markers("Prices rose.\n\nFrequently Asked Questions\n\nIs it safe? Yes.\n"));
  }

  @Test
  void clickbaitPhrasesAreMarked() {
    assertEquals(Set.of(BoilerplateBlanker.CLICKBAIT), markers("You won't believe what this minister said.\n"));
  }

  @Test
  void crlfLineEndsSurvive() {
    String text = "Home > News > Politics\r\nPrices rose.\r\n";
    assertEquals(" ".repeat(22) + "\r\nPrices rose.\r\n", body(text));
  }

  @Test
  void markerStringIsSortedAndUnique() {
    BoilerplateBlanker.Result r = BoilerplateBlanker.blank(
        "Chat with us\nShare this article\nLet us know in the comments.\nShare this story\n");
    assertEquals("chatbot-widget;comment-prompt;share-prompt", r.markerString());
    assertEquals("a;b", BoilerplateBlanker.joinMarkers(java.util.List.of("b", "a", "b")));
  }

  @Test
  void sentencesThatLookLikeWidgetsButEndWithAPeriodAreKept() {
    String text = "More from the ministry later.\nShort follow-up line\n"
        + "Published on June 3, 2024, the report found 40 deaths.\n";
    assertEquals(text, body(text));
  }

  @Test
  void longLinesOfDebrisLikeTokensStayLinear() {
    // at 200,000 characters a quadratic backtrack takes minutes; linear matching takes well under a second
    String[] lines = {"a-".repeat(100_000), "x.".repeat(100_000), "x".repeat(200_000) + "\">",
        "widget-box\">".repeat(16_000), "<b ".repeat(60_000)};
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
      for (String line : lines) {
        assertEquals(line.length(), BoilerplateBlanker.blank(line).body().length());
      }
    });
  }

  @Test
  void textWithoutLettersHasNoWords() {
    assertFalse(BoilerplateBlanker.hasWords("  12 -- 2024 ..  "));
    assertTrue(BoilerplateBlanker.hasWords("  Ja "));
  }

  @Test
  void longProseParagraphStillLosesInlineBaitDebrisAndTitleLabel() {
    String prose = "The council voted 7 to 2 on Tuesday to expand the shelter program, which officials said would "
        + "add 340 beds across four districts by the spring, after months of debate over where the money would come "
        + "from and how quickly the city could hire staff to run the new sites, according to the minutes. ";
    String text = "Headline: " + prose + "Share your thoughts in the comments below! widget-box\"> The vote follows "
        + "a similar measure last year.\n";
    assertTrue(BoilerplateBlanker.collapsedLength(text.strip()) > 320, "a long line");
    assertBlanked(text, "Headline: ");
    assertBlanked(text, "Share your thoughts in the comments below!");
    assertBlanked(text, "widget-box\">");
    assertKept(text, prose.strip());
    assertTrue(markers(text).contains(BoilerplateBlanker.COMMENT_PROMPT));
  }

  @Test
  void collapsedLengthCountsWhitespaceRunsOnce() {
    assertEquals(7, BoilerplateBlanker.collapsedLength("  a \t\n b   cde  "));
    assertEquals(0, BoilerplateBlanker.collapsedLength(" \t "));
  }
  /** core() skips each pattern when its first (or last) character is absent: the result equals always running it. */
  @Test
  void theCoreOfALineEqualsThePatternsAppliedUnconditionally() {
    java.util.regex.Pattern bullet = java.util.regex.Pattern.compile(
        "^(?:[-*\u2022\u00B7\u25AA\u25B8\u2023\u203A>\u2013\u2014]+|\\d{1,2}[.)])\\s+");
    java.util.regex.Pattern trailing = java.util.regex.Pattern.compile("[\\s:.!\u2026\u00BB\u203A|>\u2192-]+$");
    java.util.regex.Pattern leading = java.util.regex.Pattern.compile("^[\\s|\u00BB\u203A\u2192]+");
    java.util.Random r = new java.util.Random(3);
    String alphabet = "aZ 1.)-*>|:!\u2022\u00BB\u2192\u0085\u2028\u00A0\t\u2026";
    for (int k = 0; k < 5000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String raw = b.toString();
      String s = raw.replace('\u00A0', ' ').strip();
      s = bullet.matcher(s).replaceFirst("");
      s = trailing.matcher(s).replaceFirst("");
      s = leading.matcher(s).replaceFirst("");
      assertEquals(BoilerplateBlanker.collapseLower(s), BoilerplateBlanker.core(raw), raw);
    }
  }

  @Test
  void oneScanForSeveralWordsFindsWhatScanningForEachFinds() {
    String[] words = {"comment", "below", "think?"};
    String[] lines = {"Tell us below.", "COMMENTS are open", "What do you THINK?", "nothing to see", "thin\u212A?",
        "belo", "x comment", ""};
    for (String l : lines) {
      boolean each = false;
      for (String w : words) {
        each |= BoilerplateBlanker.containsIgnoreCase(l, 0, l.length(), w);
      }
      assertEquals(each, BoilerplateBlanker.containsAnyIgnoreCase(l, 0, l.length(), words), l);
    }
  }
}
