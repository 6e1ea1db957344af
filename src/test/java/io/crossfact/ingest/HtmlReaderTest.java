package io.crossfact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static HtmlReader.Page page(String html) {
    return HtmlReader.parse(html, "");
  }

  @Test
  void largestArticleWinsOverTeaserCards() {
    HtmlReader.Page p = page("<body><article><h2>Teaser</h2></article>"
        + "<article><h1>Rates held</h1><p>The central bank held its rate at 13% on Monday, citing easing inflation.</p></article>"
        + "<article><h2>Another teaser</h2></article></body>");
    assertEquals("Rates held\n\nThe central bank held its rate at 13% on Monday, citing easing inflation.", p.text());
  }

  @Test
  void headerInsideTheArticleStaysButTheSiteHeaderGoes() {
    HtmlReader.Page p = page("<body><header><a>Meridian</a> World Business</header><article><header><h1>Rates held</h1>"
        + "<p>By Jane Roe</p></header><p>The bank held rates.</p></article></body>");
    assertEquals("Rates held\n\nBy Jane Roe\n\nThe bank held rates.", p.text());
  }

  @Test
  void classNamesMatchWholePartsOnly() {
    HtmlReader.Page p = page("<body><main><div class=\"commentary\"><p>Analysis: the cut was overdue.</p></div>"
        + "<div class=\"comment-list\"><p>Great article!</p></div><div class=\"shared-content\"><p>Rates fell.</p></div>"
        + "<div id=\"adSlot\"><p>Buy now</p></div></main></body>");
    assertEquals("Analysis: the cut was overdue.\n\nRates fell.", p.text());
  }

  @Test
  void articleWithABoilerplateLookingClassIsProtected() {
    HtmlReader.Page p = page("<body><div class=\"page-with-sidebar\"><article class=\"post has-share-bar\">"
        + "<h1>Rates held</h1><p>The bank held rates.</p></article><div class=\"sidebar\">Most read</div></div></body>");
    assertEquals("Rates held\n\nThe bank held rates.", p.text());
  }

  @Test
  void lineBreaksAndParagraphBreaksAreRendered() {
    HtmlReader.Page p = page("<body><p>NAIROBI<br>June 3</p><div>First para.<br><br>Second para.</div>"
        + "<ul><li>One</li><li>Two</li></ul></body>");
    assertEquals("NAIROBI\nJune 3\n\nFirst para.\n\nSecond para.\n\nOne\nTwo", p.text());
  }

  @Test
  void inlineQuotesGetQuoteMarksAndInlineTagsDoNotSplitWords() {
    HtmlReader.Page p = page("<p>She said <q>we are <em>not</em> done</q> and left. Rates: <b>13</b>%.</p>");
    assertEquals("She said \u201Cwe are not done\u201D and left. Rates: 13%.", p.text());
  }

  @Test
  void tableCellsAreTabSeparatedAndRowsAreLines() {
    HtmlReader.Page p = page("<table><tr><th>County</th><th>Displaced</th></tr><tr><td>Tana River</td><td>40,000</td></tr></table>");
    assertEquals("County\tDisplaced\nTana River\t40,000", p.text());
  }

  @Test
  void preformattedTextKeepsItsLines() {
    HtmlReader.Page p = page("<body><p>Statement:</p><pre>Line one\n  Line two</pre></body>");
    assertEquals("Statement:\n\nLine one\n  Line two", p.text());
  }

  @Test
  void pullQuotesAreDroppedButRealBlockQuotesStay() {
    HtmlReader.Page p = page("<article><p>\"We are ready,\" she said.</p><aside class=\"pull-quote\">We are ready</aside>"
        + "<blockquote class=\"pullQuote\">We are ready</blockquote><blockquote><p>Rules are rules.</p></blockquote></article>");
    assertEquals("\"We are ready,\" she said.\n\nRules are rules.", p.text());
  }

  @Test
  void hiddenAndAriaHiddenElementsAreDropped() {
    HtmlReader.Page p = page("<p>Visible.</p><p hidden>Hidden.</p><p style=\"display: none\">Styled away.</p>"
        + "<span aria-hidden=\"true\">Icon</span><div role=\"navigation\">Menu</div>");
    assertEquals("Visible.", p.text());
  }

  @Test
  void jsonLdGivesPublisherAndDateWhenMetaTagsAreMissing() {
    HtmlReader.Page p = page("<html><head><title>Rates held - Coast Post</title><script type=\"application/ld+json\">"
        + "[{\"@type\":\"WebSite\"},{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-02T22:00:00+03:00\","
        + "\"publisher\":{\"name\":\"Coast Post\"},\"mainEntityOfPage\":{\"@id\":\"https://coastpost.example/rates\"}}]}]"
        + "</script></head><body><p>The bank held rates.</p></body></html>");
    assertEquals("Coast Post", p.source());
    assertEquals("2024-06-02", p.published());
    assertEquals("https://coastpost.example/rates", p.url());
    assertEquals("Rates held", p.title(), "the site name suffix is dropped from the title");
  }

  @Test
  void relativeCanonicalLinkGivesWayToAnAbsoluteOgUrl() {
    HtmlReader.Page p = page("<html><head><link rel=\"canonical\" href=\"/world/floods\">"
        + "<meta property=\"og:url\" content=\"https://www.coastpost.example/world/floods\"></head><body><p>Text.</p></body></html>");
    assertEquals("https://www.coastpost.example/world/floods", p.url());
  }

  @Test
  void canonicalLinkResolvesAgainstTheRecordUrl() {
    HtmlReader.Page p = HtmlReader.parse("<html><head><link rel=\"canonical\" href=\"/world/floods\"></head>"
        + "<body><p>Text.</p></body></html>", "https://coastpost.example/feed/item");
    assertEquals("https://coastpost.example/world/floods", p.url());
  }

  @Test
  void brokenJsonLdIsIgnored() {
    HtmlReader.Page p = page("<html><head><script type=\"application/ld+json\">{\"datePublished\": </script></head>"
        + "<body><article><time datetime=\"2024-06-01\">1 June</time><p>Text.</p></article></body></html>");
    assertEquals("2024-06-01", p.published(), "time datetime is the fallback");
  }

  @Test
  void chatWidgetByClassIsMarkedEvenWithoutText() {
    HtmlReader.Page p = page("<body><p>Text.</p><div class=\"chatbot-launcher\"></div></body>");
    assertEquals(Set.of(BoilerplateBlanker.CHATBOT_WIDGET), p.markers());
    assertEquals("Text.", p.text());
  }

  @Test
  void shareButtonsInDroppedWidgetsDoNotMark() {
    HtmlReader.Page p = page("<body><p>Text.</p><div class=\"social-share\">Share this article</div></body>");
    assertTrue(p.markers().isEmpty());
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html = "<div>".repeat(20000) + "Deep text." + "</div>".repeat(20000);
    assertEquals("Deep text.", page(html).text());
  }

  @Test
  void pageWrappedInOneFormKeepsItsStory() {
    String story = "The county declared a drought emergency on Tuesday after a third failed rainy season left an "
        + "estimated 120,000 people short of water, officials said, and asked for emergency funds from the treasury.";
    HtmlReader.Page p = page("<body><form id=\"aspnetForm\"><nav>Home World</nav><h2>Drought emergency</h2><p>" + story
        + "</p><div class=\"newsletter-signup\"><input name=email><p>Get our daily briefing</p></div></form>"
        + "<footer><p>About us</p></footer></body>");
    assertEquals("Drought emergency\n\n" + story, p.text());
  }

  @Test
  void siteLogoHeadlineDoesNotKeepTheNavigation() {
    HtmlReader.Page p = page("<body><nav><h1>Meridian</h1><a>World</a></nav><div><p>The bank held rates.</p></div></body>");
    assertEquals("The bank held rates.", p.text());
  }

  @Test
  void pageWithoutArticleOrMainRendersTheBody() {
    HtmlReader.Page p = page("<body><h1>Rates held</h1><p>The bank held rates.</p><footer>About us</footer></body>");
    assertEquals("Rates held\n\nThe bank held rates.", p.text());
    assertFalse(p.text().contains("About"));
  }
}
