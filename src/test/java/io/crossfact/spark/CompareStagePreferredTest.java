package io.crossfact.spark;

import static org.junit.jupiter.api.Assertions.assertSame;

import io.crossfact.model.Finding;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Which of two findings with one id is kept must not depend on the order a reduction meets them: the number of
 * shuffle partitions (or a cluster's) changes that order.
 */
class CompareStagePreferredTest {
  private static Finding finding() {
    Finding f = new Finding();
    f.setId("FD-000000000001");
    f.setType(Finding.FIGURE_DRIFT);
    f.setSeverity("high");
    f.setScore(0.85);
    f.setSubject("customers (Oregon, past year)");
    f.setKey("customer|oregon|past year");
    f.setValueA("Nearly 29");
    f.setValueB("Nearly 302");
    f.setArticleA("a1");
    f.setArticleB("b1");
    f.setEvidenceA("Nearly 29 customers were reported, the utility said.");
    f.setEvidenceB("Nearly 302 customers were reported, the utility said.");
    f.setExplanation("The same sentence gives two numbers.");
    return f;
  }

  @Test
  void aHigherScoreIsKeptWhicheverComesFirst() {
    Finding a = finding();
    Finding b = finding();
    b.setScore(0.9);
    assertSame(b, CompareStage.preferred(a, b));
    assertSame(b, CompareStage.preferred(b, a));
  }

  @Test
  void findingsThatDifferInAnyWrittenFieldAreChosenInEitherOrder() {
    List<BiConsumer<Finding, String>> fields = List.of(Finding::setEvidenceA, Finding::setEvidenceB,
        (f, v) -> f.setStartA(v.length()), (f, v) -> f.setEndA(v.length()), (f, v) -> f.setStartB(v.length()),
        (f, v) -> f.setEndB(v.length()), Finding::setArticleA, Finding::setArticleB, Finding::setSourceA,
        Finding::setSourceB, Finding::setPublishedA, Finding::setPublishedB, Finding::setUrlA, Finding::setUrlB,
        Finding::setSubject, Finding::setKey, Finding::setSeverity, Finding::setSignals);
    for (BiConsumer<Finding, String> set : fields) {
      Finding a = finding();
      Finding b = finding();
      set.accept(a, "x");
      set.accept(b, "yy");
      Finding first = CompareStage.preferred(a, b);
      assertSame(first, CompareStage.preferred(b, a));
    }
  }

  @Test
  void theEvidenceSentenceThatSortsFirstIsKept() {
    Finding said = finding();
    said.setEvidenceA("Nearly 29 customers were reported, the utility said.");
    Finding commission = finding();
    commission.setEvidenceA("Nearly 29 customers were reported, the Public Utility Commission said.");
    assertSame(commission, CompareStage.preferred(said, commission));
    assertSame(commission, CompareStage.preferred(commission, said));
  }
}
