package io.crossfact.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void smoke() throws Exception {
    StringWriter w = new StringWriter();
    HtmlReport.write(w, ReportFixtures.run(), ReportFixtures.threeFindings(), ReportFixtures.articles());
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/report-smoke.html"), w.toString());
    assertTrue(w.toString().contains("QD-111111111111"));
  }
}
