package io.crossfact.ingest;

import static io.crossfact.ingest.Fixtures.bytes;
import static io.crossfact.ingest.Fixtures.gzip;
import static io.crossfact.ingest.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.model.Article;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

  private static Article single(String path, byte[] bytes) {
    List<Article> out = DocumentReader.read(path, bytes);
    assertEquals(1, out.size(), () -> "articles: " + out);
    return out.get(0);
  }

  private static void assertQuarantined(Article a, String reason) {
    assertEquals(Article.QUARANTINED, a.getStatus(), a::toString);
    assertEquals(reason, a.getReason());
  }

  @Test
  void emptyFileIsQuarantined() {
    Article a = single("/in/001_empty.txt", new byte[0]);
    assertQuarantined(a, "empty file");
    assertEquals("001_empty", a.getArticleId());
    assertEquals("txt", a.getFormat());
  }

  @Test
  void whitespaceOnlyTextIsQuarantined() {
    assertQuarantined(single("/in/blank.txt", utf8(" \n\t\r\n  \n")), "whitespace only");
  }

  @Test
  void nulBytesMeanBinaryContent() {
    byte[] pdfLike = utf8("%PDF-1.7\n\u0000\u0000 stream of page data");
    assertQuarantined(single("/in/scan.txt", pdfLike), "binary content");
  }

  @Test
  void nulBytesAtTheStartOfJsonLinesMeanBinaryContent() {
    assertQuarantined(single("/in/feed.jsonl", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0}), "binary content");
  }

  @Test
  void manyControlCharactersMeanBinaryContent() {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 7 == 0 ? 0x01 : 'a');
    }
    assertQuarantined(single("/in/odd.html", b), "binary content");
  }

  @Test
  void invalidUtf8IsUndecodableWithTheByteOffset() {
    // "Café" in Latin-1: the é is a lone 0xE9 followed by a space, which UTF-8 rejects at byte 3
    byte[] bad = "Caf\u00e9 prices rose.".getBytes(Charset.forName("ISO-8859-1"));
    assertQuarantined(single("/in/cafe.txt", bad), "undecodable: not valid UTF-8 at byte 3");
  }

  @Test
  void utf16WithByteOrderMarkIsText() {
    byte[] b = "\uFEFF{\"id\":\"u16\",\"text\":\"Caf\u00e9 prices rose.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    List<Article> out = DocumentReader.read("/in/feed.jsonl", b);
    assertEquals(1, out.size());
    assertEquals("Caf\u00e9 prices rose.", out.get(0).getText());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedBeforeDecoding() {
    byte[] withBom = utf8("\uFEFFKenya's central bank held rates on Monday.");
    Article a = single("/in/bom.txt", withBom);
    assertEquals(Article.OK, a.getStatus(), a::toString);
    assertEquals("Kenya's central bank held rates on Monday.", a.getText());
  }

  @Test
  void htmlDeclaringWindows1252IsDecodedWithIt() {
    byte[] page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 owners protest</title></head><body><p>Caf\u00e9 owners said rents rose \u201cby half\u201d.</p></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    Article a = single("/in/cafe.html", page);
    assertEquals(Article.OK, a.getStatus(), a::toString);
    assertEquals("Caf\u00e9 owners said rents rose \u201cby half\u201d.", a.getText());
    assertEquals("Caf\u00e9 owners protest", a.getTitle());
  }

  @Test
  void htmlWithoutDeclarationMustBeUtf8() {
    byte[] page = "<html><body><p>Caf\u00e9</p></body></html>".getBytes(Charset.forName("ISO-8859-1"));
    assertTrue(single("/in/cafe.htm", page).getReason().startsWith("undecodable: not valid UTF-8 at byte "));
  }

  @Test
  void truncatedGzipIsQuarantined() {
    byte[] whole = gzip(bytes("txt-breadcrumbs-date-related-comments.txt"));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    Article a = single("file:/data/in/004_92ec4b.txt.gz", cut);
    assertEquals(Article.QUARANTINED, a.getStatus());
    assertTrue(a.getReason().startsWith("truncated gzip: "), a.getReason());
    assertEquals("004_92ec4b", a.getArticleId());
  }

  @Test
  void concatenatedGzipMembersAreReadWhole() {
    byte[] a = gzip(utf8("{\"id\":\"a\",\"text\":\"Rates held.\"}\n"));
    byte[] b = gzip(utf8("{\"id\":\"b\",\"text\":\"Rates rose.\"}\n"));
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    List<Article> out = DocumentReader.read("/in/part-0001.ndjson.gz", both);
    assertEquals(List.of("a", "b"), out.stream().map(Article::getArticleId).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void unforeseenFailureReasonIsOneShortLine() {
    String reason = DocumentReader.unreadable(new IllegalStateException("bad\nstate " + "x".repeat(500)));
    assertTrue(reason.startsWith("unreadable: IllegalStateException: bad state x"), reason);
    assertFalse(reason.contains("\n"));
    assertEquals(200, reason.length());
  }

  @Test
  void gzipWithoutGzipHeaderIsQuarantined() {
    Article a = single("/in/notreally.txt.gz", utf8("plain text pretending to be compressed"));
    assertTrue(a.getReason().startsWith("truncated gzip: "), a.getReason());
  }

  @Test
  void gzippedTextTakesItsIdFromTheNameWithoutExtensions() {
    Article a = single("file:/data/in/004_92ec4b.txt.gz", gzip(bytes("txt-dateline-reuters-crlf.txt")));
    assertEquals(Article.OK, a.getStatus(), a::toString);
    assertEquals("004_92ec4b", a.getArticleId());
    assertEquals("file:/data/in/004_92ec4b.txt.gz", a.getPath());
    assertEquals("txt", a.getFormat());
  }

  @Test
  void uriFileNamesArePercentDecoded() {
    Article a = single("file:///data/in/Tana%20floods.TXT", utf8("Floods displaced 40,000 people."));
    assertEquals("Tana floods", a.getArticleId());
  }

  @Test
  void unknownExtensionIsUnsupported() {
    Article a = single("/in/notes.xyz", utf8("anything"));
    assertQuarantined(a, "unsupported format: .xyz");
    assertEquals("notes", a.getArticleId());
  }

  @Test
  void aWarcCutInsideItsFirstHeaderIsQuarantinedAsDamaged() {
    List<Article> out = DocumentReader.read("/in/crawl-00001.warc.gz", gzip(utf8("WARC/1.1\r\n")));
    assertEquals(1, out.size(), out.toString());
    assertEquals(Article.QUARANTINED, out.get(0).getStatus());
    assertTrue(out.get(0).getReason().startsWith("truncated or corrupt WARC") || out.get(0).getReason()
        .startsWith("WARC file with no records"), out.get(0).getReason());
  }

  @Test
  void fileWithoutExtensionIsUnsupported() {
    assertQuarantined(single("/in/README", utf8("text")), "unsupported format: no file extension");
  }

  @Test
  void crlfBecomesLfAndNothingElseChanges() {
    Article a = single("/in/rates.txt", bytes("txt-dateline-reuters-crlf.txt"));
    String raw = Fixtures.text("txt-dateline-reuters-crlf.txt");
    assertEquals(raw.replace("\r\n", "\n"), a.getText());
    assertFalse(a.getText().contains("\r"));
  }

  @Test
  void breadcrumbDateRelatedAndCommentLinesAreBlankAtUnchangedOffsets() {
    Article a = single("/in/tana.txt", bytes("txt-breadcrumbs-date-related-comments.txt"));
    String text = a.getText();
    String body = a.getBody();
    assertEquals(Article.OK, a.getStatus(), a::toString);
    assertEquals(text.length(), body.length());
    for (String boilerplate : new String[] {"Home \u00bb World \u00bb Africa", "Date:2024-06-03 09:15:00",
        "Source: Daily Meridian", "Related:", "Kenya floods: what we know so far", "Photos: Tana River bursts its banks",
        "- Rains expected to ease by mid-June, forecasters say", "Share this article", "Comments (12)",
        "Leave a comment", "Share your thoughts in the comments below!"}) {
      int at = text.indexOf(boilerplate);
      assertTrue(at >= 0, boilerplate);
      assertTrue(body.substring(at, at + boilerplate.length()).isBlank(), () -> "not blanked: " + boilerplate);
    }
    for (String sentence : new String[] {"Floods displace thousands along Tana River", "By Jane Roe",
        "NAIROBI (Reuters) \u2014 Floodwaters along Kenya's Tana River have displaced more than 40,000 people",
        "\"We have never seen the river this high,\" said Amina Yusuf", "\"Entire villages are cut off.\"",
        "Officials warned that more rain was expected in the highlands this week."}) {
      int at = text.indexOf(sentence);
      assertTrue(at >= 0, sentence);
      assertEquals(sentence, body.substring(at, at + sentence.length()));
    }
    for (int i = 0; i < text.length(); i++) {
      assertEquals(text.charAt(i) == '\n', body.charAt(i) == '\n', "line break moved at " + i);
    }
  }

  @Test
  void decodeOnlyReadKeepsTheDecodedTextAsBodyAndInfersNothing() {
    byte[] raw = bytes("txt-breadcrumbs-date-related-comments.txt");
    Article cleaned = single("/in/tana.txt", raw);
    List<Article> out = DocumentReader.read("/in/tana.txt", raw, ReadLimits.unlimited().decodeOnly());
    assertEquals(1, out.size());
    Article decoded = out.get(0);
    assertEquals(Article.OK, decoded.getStatus(), decoded::toString);
    assertEquals(cleaned.getText(), decoded.getText());
    assertEquals(decoded.getText(), decoded.getBody());
    assertEquals("", decoded.getMarkers());
    assertEquals("", decoded.getTitle());
    assertFalse(cleaned.getBody().equals(cleaned.getText()), "the fixture has boilerplate to blank");
  }

  @Test
  void decodeOnlyReadStillDecodesHtmlAndJsonLinesAndStillQuarantines() {
    ReadLimits decodeOnly = ReadLimits.unlimited().decodeOnly();
    Article page = DocumentReader.read("file:/in/tana.html", bytes("html-news-page-with-widgets.html"), decodeOnly)
        .get(0);
    Article cleanedPage = single("file:/in/tana.html", bytes("html-news-page-with-widgets.html"));
    assertEquals(cleanedPage.getText(), page.getText());
    assertEquals(page.getText(), page.getBody());
    List<Article> lines = DocumentReader.read("/in/feed.jsonl",
        utf8("{\"id\":\"a\",\"text\":\"Share this article\\nThe council met on Monday.\"}\n{broken\n"), decodeOnly);
    assertEquals(2, lines.size(), lines::toString);
    assertEquals("Share this article\nThe council met on Monday.", lines.get(0).getBody());
    assertEquals(Article.QUARANTINED, lines.get(1).getStatus());
    assertQuarantined(DocumentReader.read("/in/blank.txt", utf8(" \n "), decodeOnly).get(0), "whitespace only");
    assertEquals("ReadLimits{document=2147483631, record=2147483631, chars=9223372036854775807, timeoutMs=0, "
        + "ingest.maxDocumentBytes, decode only}", decodeOnly.toString());
    assertTrue(ReadLimits.unlimited().cleans());
    assertFalse(decodeOnly.forTask(1L << 30, 2).cleans(), "a task's share keeps the read decode-only");
  }

  @Test
  void txtMetadataComesFromLabelledLines() {
    Article a = single("/in/tana.txt", bytes("txt-breadcrumbs-date-related-comments.txt"));
    assertEquals("Floods displace thousands along Tana River", a.getTitle());
    assertEquals("Daily Meridian", a.getSource());
    assertEquals("https://www.dailymeridian.example/world/africa/tana-floods", a.getUrl());
    assertEquals("2024-06-03", a.getPublished());
    assertEquals("comment-prompt;share-prompt", a.getMarkers());
  }

  @Test
  void contentFarmPageCarriesAllItsMarkersAndKeepsItsQuotes() {
    Article a = single("/in/sleep.txt", bytes("txt-content-farm-expert-roundup.txt"));
    assertEquals("chatbot-widget;clickbait;comment-prompt;keyword-stuffed-headings;repeated-sections", a.getMarkers());
    assertEquals("Best Sleep Supplements for Stress in 2024", a.getTitle());
    assertEquals("2024-03-12", a.getPublished(), "an Updated line when nothing says published");
    String text = a.getText();
    String quote = "Dr. Emily Carter, a leading expert at a top university, says \"Magnesium is the single most important "
        + "supplement for sleep.\"";
    int at = text.indexOf(quote);
    assertEquals(quote, a.getBody().substring(at, at + quote.length()));
    assertFalse(a.getBody().contains("Ask our AI assistant"));
    assertFalse(a.getBody().contains("Chat with our sleep coach"));
    assertFalse(a.getBody().contains("Share your thoughts"));
    assertFalse(a.getBody().contains("What do you think?"), "the question that leads into the prompt goes with it");
  }

  @Test
  void datelineGivesAgencyAndDate() {
    Article a = single("/in/rates.txt", bytes("txt-dateline-reuters-crlf.txt"));
    assertEquals("Reuters", a.getSource());
    assertEquals("2024-06-03", a.getPublished());
    assertEquals("Central bank holds rates as inflation cools", a.getTitle());
  }

  @Test
  void htmlDebrisIsBlankedButTheSentencesAroundItStay() {
    Article a = single("/in/tariffs.txt", bytes("txt-html-debris.txt"));
    String text = a.getText();
    String body = a.getBody();
    for (String debris : new String[] {"widget-box\">", "<div class=\"promo-inline\">", "</div>", "&nbsp;&nbsp;",
        "class=\"caption\">", "<span>", "</span>"}) {
      int at = text.indexOf(debris);
      assertTrue(at >= 0, debris);
      assertTrue(body.substring(at, at + debris.length()).isBlank(), () -> "debris kept: " + debris);
    }
    for (String sentence : new String[] {"The water ministry said on Tuesday that household tariffs would rise by 8% from August 1.",
        "Officials said the increase would fund repairs to 1,200 km of pipes.",
        "\"We cannot keep patching a network that loses half its water,\" said Peter Otieno, the ministry's chief engineer.",
        "Consumer groups called the rise \"unaffordable\" for poor families."}) {
      int at = text.indexOf(sentence);
      assertEquals(sentence, body.substring(at, at + sentence.length()));
    }
    assertFalse(body.contains("\">"));
  }

  @Test
  void documentOfOnlyBoilerplateHasNoWordsAfterCleaning() {
    Article a = single("/in/shell.txt", utf8("Home \u00bb News \u00bb Politics\n\nShare this article\nComments (0)\n"));
    assertQuarantined(a, "no words after cleaning");
    assertEquals(a.getText().length(), a.getBody().length());
  }

  @Test
  void htmlPageKeepsArticleAndDropsWidgets() {
    Article a = single("file:/in/tana.html", bytes("html-news-page-with-widgets.html"));
    assertEquals(Article.OK, a.getStatus(), a::toString);
    assertEquals("tana", a.getArticleId());
    assertEquals("html", a.getFormat());
    String text = a.getText();
    assertTrue(text.startsWith("Floods displace thousands along Tana River\n\nBy Jane Roe"), text);
    assertTrue(text.contains("\n\nNAIROBI (Reuters) \u2014 Floodwaters along Kenya's Tana River have displaced more than "
        + "40,000 people since late May, the county government said on Monday.\n\n"), text);
    assertTrue(text.contains("said Amina Yusuf, the county's disaster coordinator. \u201cEntire villages are cut off.\u201d"));
    assertTrue(text.contains("\n\nWe are grateful to every volunteer who has come forward.\n\nBut volunteers cannot replace boats.\n\n"));
    assertTrue(text.contains("12 camps and was distributing"), "nbsp becomes a plain space");
    assertTrue(text.contains("Camps: 12\nFamilies fed: 9,500"));
    for (String gone : new String[] {"World", "Business", "Home", "Share on Facebook", "Tweet", "Advertisement",
        "Related", "what we know so far", "Comments (12)", "Share your thoughts", "Most read", "Election date set",
        "Ask our AI assistant", "cookies", "All rights reserved", "dataLayer", "Tags:", "display:flex"}) {
      assertFalse(text.contains(gone), () -> "kept: " + gone);
    }
  }

  @Test
  void htmlMetadataComesFromMetaTagsBeforeJsonLdAndTime() {
    Article a = single("file:/in/tana.html", bytes("html-news-page-with-widgets.html"));
    assertEquals("Floods displace thousands along Tana River", a.getTitle());
    assertEquals("The Daily Meridian", a.getSource());
    assertEquals("https://www.dailymeridian.example/world/africa/tana-floods", a.getUrl());
    assertEquals("2024-06-03", a.getPublished(), "local date as written, not shifted to UTC");
    assertEquals("chatbot-widget;comment-prompt", a.getMarkers());
  }

  @Test
  void wordpressPageWithoutArticleElementKeepsTheStoryInsideASidebarNamedWrapper() {
    Article a = single("/in/kilifi.html", bytes("html-wordpress-sidebar-layout.html"));
    assertEquals(Article.OK, a.getStatus(), a::toString);
    String kept = Fixtures.kept(a.getBody());
    assertEquals("Coastal county declares drought emergency "
        + "MOMBASA \u2014 Kilifi county declared a drought emergency on Tuesday after a third failed rainy season left an "
        + "estimated 120,000 people short of water. "
        + "\u201cOur boreholes are running dry,\u201d said county water officer Grace Mwende at a caf\u00e9 in Kilifi town. "
        + "\u201cWe are trucking water to 40 villages.\u201d "
        + "Kilifi\u2019s governor asked the national government for 300 million shillings in emergency funds.", kept);
    assertEquals("Coastal county declares drought emergency", a.getTitle());
    assertEquals("Pwani Daily", a.getSource());
    assertEquals("2024-06-04", a.getPublished());
    assertEquals("comment-prompt", a.getMarkers());
  }

  @Test
  void htmlWithoutVisibleTextHasNoWords() {
    Article a = single("/in/app.html", utf8("<html><body><script>render()</script><nav>Home</nav></body></html>"));
    assertEquals(Article.QUARANTINED, a.getStatus());
    assertTrue(a.getReason().startsWith("no words after cleaning"), a.getReason());
  }

  @Test
  void jsonLinesGoodRecordsSurviveABrokenLine() {
    List<Article> out = DocumentReader.read("file:/in/feed.jsonl", bytes("jsonl-good-and-broken-lines.jsonl"));
    assertEquals(5, out.size(), () -> out.toString());
    Article first = out.get(0);
    assertEquals("mer-001", first.getArticleId());
    assertEquals(Article.OK, first.getStatus());
    assertEquals("jsonl", first.getFormat());
    assertEquals("Daily Meridian", first.getSource(), "explicit source wins over the dateline agency");
    assertEquals("2024-06-03", first.getPublished());
    assertEquals("Floods displace thousands", first.getTitle());
    assertEquals("share-prompt", first.getMarkers());

    Article broken = out.get(1);
    assertEquals("feed.jsonl:3", broken.getArticleId());
    assertEquals(Article.QUARANTINED, broken.getStatus());
    assertTrue(broken.getReason().startsWith("broken JSON at line 3: "), broken.getReason());

    Article html = out.get(2);
    assertEquals("feed.jsonl:4", html.getArticleId());
    assertEquals(Article.OK, html.getStatus(), html::toString);
    assertEquals("Tana River floods worsen\n\nAbout 45,000 people have now fled their homes, the Red Cross said.",
        html.getText());
    assertEquals("Coast Post", html.getSource());
    assertEquals("2024-06-04", html.getPublished());
    assertEquals("Tana River floods worsen", html.getTitle());

    assertEquals("mer-004", out.get(3).getArticleId());
    assertEquals("no text or html field", out.get(3).getReason());

    Article numericId = out.get(4);
    assertEquals("5", numericId.getArticleId());
    assertEquals("Lakeside Times", numericId.getSource());
    assertEquals("2024-06-04", numericId.getPublished(), "an unparseable published field falls back to the dateline");
  }

  @Test
  void jsonArrayFileNumbersRecordsByTheirLine() {
    String json = "[\n  {\"text\": \"Floods displaced 40,000 people.\"},\n  {\"id\": \"b\",\n   \"text\": \"Rains eased.\"}\n]\n";
    List<Article> out = DocumentReader.read("/in/batch.json", utf8(json));
    assertEquals(2, out.size());
    assertEquals("batch.json:2", out.get(0).getArticleId());
    assertEquals("b", out.get(1).getArticleId());
  }

  @Test
  void prettyPrintedJsonObjectIsOneRecord() {
    String json = "{\n  \"id\": \"p1\",\n  \"url\": \"https://www.example.org/x\",\n  \"text\": \"Prices rose 5% in May.\"\n}\n";
    List<Article> out = DocumentReader.read("/in/one.json", utf8(json));
    assertEquals(1, out.size());
    assertEquals("p1", out.get(0).getArticleId());
    assertEquals(Article.OK, out.get(0).getStatus());
    assertEquals("example.org", out.get(0).getSource(), "host of the url when nothing names the publisher");
  }

  @Test
  void undecodableJsonLineCostsOnlyThatRecord() {
    byte[] good = utf8("{\"id\":\"a\",\"text\":\"Rates held at 13%.\"}\n");
    byte[] bad = "{\"id\":\"b\",\"text\":\"Caf\u00e9\"}\n".getBytes(Charset.forName("ISO-8859-1"));
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    List<Article> out = DocumentReader.read("/in/mixed.ndjson", all);
    assertEquals(2, out.size());
    assertEquals(Article.OK, out.get(0).getStatus());
    assertEquals("mixed.ndjson:2", out.get(1).getArticleId());
    assertEquals("undecodable: not valid UTF-8 at byte " + (good.length + 21) + " (line 2)", out.get(1).getReason());
  }

  @Test
  void nulByteDeepInsideJsonLinesBreaksOnlyItsRecord() {
    StringBuilder feed = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      feed.append("{\"id\":\"r").append(i).append("\",\"text\":\"Rates held at 13% in month ").append(i).append(".\"}\n");
    }
    feed.append("{\"id\":\"nul\",\"text\":\"bad \u0000 byte\"}\n");
    List<Article> out = DocumentReader.read("/in/feed.jsonl", utf8(feed.toString()));
    assertEquals(201, out.size());
    assertEquals(200, out.stream().filter(Article::isOk).count());
    assertTrue(out.get(200).getReason().startsWith("broken JSON at line 201: "), out.get(200).getReason());
  }

  @Test
  void gzippedJsonLinesAreRead() {
    List<Article> out = DocumentReader.read("/in/feed.JSONL.GZ", gzip(bytes("jsonl-good-and-broken-lines.jsonl")));
    assertEquals(5, out.size());
    assertEquals("mer-001", out.get(0).getArticleId());
  }

  @Test
  void emptyJsonLinesFileIsOneQuarantinedDocumentNamedAfterTheFile() {
    Article a = single("/in/feed.jsonl", new byte[0]);
    assertQuarantined(a, "empty file");
    assertEquals("feed.jsonl", a.getArticleId());
  }

  @Test
  void blankJsonLinesAreSkippedSilently() {
    assertEquals(0, DocumentReader.read("/in/feed.jsonl", utf8("\n   \n\r\n")).size());
  }

  @Test
  void nonObjectJsonLineIsBrokenAndTheNextLineStillReads() {
    List<Article> out = DocumentReader.read("/in/feed.jsonl", utf8("[1, 2, 3]\n{\"text\": \"Rates held.\"}\n"));
    assertEquals(2, out.size());
    assertEquals("broken JSON at line 1: expected an object, found array", out.get(0).getReason());
    assertEquals("feed.jsonl:2", out.get(1).getArticleId());
    assertEquals(Article.OK, out.get(1).getStatus());
  }

  @Test
  void nullInputsNeverThrow() {
    Article a = single(null, null);
    assertEquals(Article.QUARANTINED, a.getStatus());
  }
}
