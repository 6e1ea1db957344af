package io.crossfact.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Extraction time grows linearly with one document's length. A long article of one speaker's repeated quotes (and
 * one of many speakers) used to be quadratic: every quote's speaker resolution scanned the person mentions from the
 * start of the text. Four times the text must cost clearly less than sixteen times the time; measured in this
 * thread's CPU time (best of two), so a busy shared machine does not make it flaky.
 */
class ExtractionScalingTest {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(CrossfactConfig.defaults());

  static String repeatedQuotes(int chars) {
    String para = "\u201CWe will keep the harbor open through the winter storms,\u201D said Mara Lindqvist, the "
        + "council chair. She added that 300 boats had registered by March 4, 2024.\n\n"
        + "\u201CNobody should be stranded this year,\u201D she said. Councilman Ed Brandt disagreed.\n\n";
    StringBuilder b = new StringBuilder("Harbor council keeps port open\n\n");
    while (b.length() < chars) {
      b.append(para);
    }
    return b.toString();
  }

  static String manySpeakers(int chars) {
    StringBuilder b = new StringBuilder("Town hall meeting draws a crowd\n\n");
    int i = 0;
    while (b.length() < chars) {
      String name = "Resident" + (char) ('A' + i % 26) + " Walker" + (char) ('a' + (i / 26) % 26);
      b.append(String.format(Locale.ROOT, "\u201CThe new bridge will cost us %d dollars a year in tolls,\u201D "
          + "said %s, a teacher. Walker%c added that %d families had signed the letter.%n%n", 100 + i % 50, name,
          (char) ('a' + (i / 26) % 26), 20 + i % 9));
      i++;
    }
    return b.toString();
  }

  private static long cpuMillis(String text) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Article a = Fixtures.article(text);
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 2; run++) {
      long t0 = bean.getCurrentThreadCpuTime();
      EXTRACTOR.extract(a);
      best = Math.min(best, (bean.getCurrentThreadCpuTime() - t0) / 1_000_000);
    }
    return best;
  }

  private static void assertLinear(String what, java.util.function.IntFunction<String> text) {
    cpuMillis(text.apply(30_000)); // warm up the JIT
    long small = Math.max(20, cpuMillis(text.apply(120_000)));
    long large = cpuMillis(text.apply(480_000));
    System.out.printf(Locale.ROOT, "%s: 120k chars %d ms, 480k chars %d ms (x%.1f)%n", what, small, large,
        large / (double) small);
    assertTrue(large < small * 9, what + ": 4x the text took " + large + " ms vs " + small + " ms");
  }

  @Test
  void oneSpeakersRepeatedQuotesExtractInLinearTime() {
    assertLinear("repeated quotes", ExtractionScalingTest::repeatedQuotes);
  }

  @Test
  void manySpeakersExtractInLinearTime() {
    assertLinear("many speakers", ExtractionScalingTest::manySpeakers);
  }
}
