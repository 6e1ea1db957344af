package io.crossfact.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crossfact.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsHistoryTest {
  @TempDir
  Path dir;

  private static Finding finding(String type, String key, String a, String b, String va, String vb) {
    Finding f = new Finding();
    f.setType(type);
    f.setKey(key);
    f.setArticleA(a);
    f.setArticleB(b);
    f.setValueA(va);
    f.setValueB(vb);
    f.setId(Finding.stableId(type, key, a, b));
    return f;
  }

  private Map<String, FindingsHistory.Entry> lastNight(Finding... fs) throws IOException {
    for (Finding f : fs) {
      f.setFirstSeen("2024-03-12");
    }
    Path file = dir.resolve("2024-03-12.csv");
    FindingsHistory.write(file, List.of(fs));
    return FindingsHistory.read(file);
  }

  @Test
  void aFindingWithTheSameIdKeepsItsFirstNight() throws IOException {
    Map<String, FindingsHistory.Entry> before = lastNight(
        finding(Finding.QUOTE_DRIFT, "Jane Holt", "ledger", "wire", "will cut", "will not cut"));
    Finding again = finding(Finding.QUOTE_DRIFT, "Jane Holt", "ledger", "wire", "will cut", "will not cut");
    assertEquals(1, FindingsHistory.carryForward(List.of(again), before, id -> id, "2024-03-13"));
    assertEquals("2024-03-12", again.getFirstSeen());
  }

  @Test
  void aNewCopyRepresentingTheSameClusterKeepsTheOldId() throws IOException {
    Finding old = finding(Finding.FIGURE_CONFLICT, "deaths|vt|2023", "ledger", "wire", "310", "243");
    Map<String, FindingsHistory.Entry> before = lastNight(old);
    Finding now = finding(Finding.FIGURE_CONFLICT, "deaths|vt|2023", "ledger", "echo", "310", "245");
    Map<String, String> cluster = Map.of("echo", "echo", "wire", "echo", "ledger", "ledger");
    assertEquals(1, FindingsHistory.carryForward(List.of(now), before, id -> cluster.getOrDefault(id, id),
        "2024-03-13"));
    assertEquals(old.getId(), now.getId());
  }

  @Test
  void theSameTwoVersionsInOtherArticlesAreTheSameFinding() throws IOException {
    Finding old = finding(Finding.QUOTE_DRIFT, "Jane Holt", "ledger", "wire", "Congress will cut", "Congress will not cut");
    Map<String, FindingsHistory.Entry> before = lastNight(old);
    Finding now = finding(Finding.QUOTE_DRIFT, "Jane Holt", "echo", "wire", "\u201CCongress will NOT cut\u201D",
        "Congress will cut");
    assertEquals(1, FindingsHistory.carryForward(List.of(now), before, id -> id, "2024-03-13"));
    assertEquals(old.getId(), now.getId());
  }

  @Test
  void anUnrelatedFindingIsNewTonight() throws IOException {
    Map<String, FindingsHistory.Entry> before = lastNight(
        finding(Finding.QUOTE_DRIFT, "Jane Holt", "ledger", "wire", "will cut", "will not cut"));
    Finding other = finding(Finding.QUOTE_DRIFT, "Jane Holt", "echo", "wire", "we may publish", "we will publish");
    String id = other.getId();
    assertEquals(0, FindingsHistory.carryForward(List.of(other), before, x -> x, "2024-03-13"));
    assertEquals(id, other.getId());
    assertEquals("2024-03-13", other.getFirstSeen());
  }

  @Test
  void twoFindingsNeverTakeOneOldId() throws IOException {
    Finding old = finding(Finding.ROLE_CONFLICT, "Jane Holt", "briefs", "wire", "representative", "senator");
    Map<String, FindingsHistory.Entry> before = lastNight(old);
    Finding a = finding(Finding.ROLE_CONFLICT, "Jane Holt", "briefs", "echo", "representative", "senator");
    Finding b = finding(Finding.ROLE_CONFLICT, "Jane Holt", "briefs2", "echo", "representative", "senator");
    assertEquals(1, FindingsHistory.carryForward(List.of(a, b), before, x -> x, "2024-03-13"));
    assertEquals(old.getId(), a.getId());
    assertEquals("2024-03-13", b.getFirstSeen());
  }
}
