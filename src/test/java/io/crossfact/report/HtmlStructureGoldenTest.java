package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Compares the element outline of the report for a fixed three-finding input with a reviewed golden file. The
 * outline keeps landmarks, headings, tables, form controls and the marked, deleted and inserted words, with the
 * attributes that carry meaning (id, class, scope, for, rel, aria-*) and the text of headings and marks; it ignores
 * wrappers, whitespace and inline CSS/JS, so cosmetic edits do not break it but a lost column, control or mark does.
 *
 * <p>After an intended change, regenerate with {@code -Dcrossfact.updateGoldens=true}, then review the diff.
 */
class HtmlStructureGoldenTest {

  private static final Set<String> KEPT = Set.of("header", "main", "section", "article", "form", "figure",
      "details", "summary", "h1", "h2", "h3", "h4", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
      "label", "select", "input", "dl", "dt", "blockquote", "mark", "del", "ins", "a", "svg", "rect", "script",
      "style", "meta", "title", "time", "cite", "button", "circle", "polygon", "option");
  private static final Set<String> WITH_TEXT = Set.of("h1", "h2", "h3", "h4", "caption", "mark", "del", "ins",
      "th", "dt", "label", "summary", "button");
  private static final List<String> ATTRIBUTES = List.of("id", "class", "scope", "for", "type", "rel", "http-equiv",
      "aria-sort", "aria-controls", "aria-expanded", "aria-label", "aria-labelledby", "data-type", "data-severity",
      "data-col", "colspan", "data-status", "hidden", "value", "selected");

  static String outline(Document d) {
    StringBuilder out = new StringBuilder();
    walk(d.head(), 0, out);
    walk(d.body(), 0, out);
    return out.toString();
  }

  private static void walk(Element e, int depth, StringBuilder out) {
    int next = depth;
    String tag = e.tagName();
    if (KEPT.contains(tag)) {
      out.append("  ".repeat(depth)).append(tag);
      for (String a : ATTRIBUTES) {
        if (e.hasAttr(a)) {
          out.append(' ').append(a).append("=\"").append(e.attr(a)).append('"');
        }
      }
      if (tag.equals("meta") && e.hasAttr("name")) {
        out.append(" name=\"").append(e.attr("name")).append('"');
      }
      if (WITH_TEXT.contains(tag)) {
        out.append(" | ").append(e.text());
      }
      out.append('\n');
      next = depth + 1;
    }
    if (tag.equals("script") || tag.equals("style")) {
      return;
    }
    for (Element c : e.children()) {
      walk(c, next, out);
    }
  }

  @Test
  void threeFindingReportHasTheReviewedStructure() throws IOException {
    String html = HtmlReportTest.render(ReportFixtures.run(), ReportFixtures.threeFindings(), ReportFixtures.articles());
    compareWithGolden(outline(Jsoup.parse(html)), "outline-3-findings.txt");
  }

  /** Triage states, the new badge, the reviewer's note and the figure drift timeline. */
  @Test
  void triagedReportHasTheReviewedStructure() throws IOException {
    String html = HtmlReportTest.render(ReportFixtures.triageRun(), ReportFixtures.triageFindings(),
        ReportFixtures.articles());
    compareWithGolden(outline(Jsoup.parse(html)), "outline-triage.txt");
  }

  private static void compareWithGolden(String actual, String name) throws IOException {
    Path golden = Path.of(System.getProperty("crossfact.repo", "."), "src/test/resources/report", name);
    if (Boolean.getBoolean("crossfact.updateGoldens")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "report structure changed; if intended, rerun with -Dcrossfact.updateGoldens=true and review the diff");
  }
}
