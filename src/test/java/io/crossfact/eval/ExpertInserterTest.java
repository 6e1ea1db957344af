package io.crossfact.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.eval.ExpertInserter.Insertion;
import io.crossfact.eval.ExpertTemplates.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertInserterTest {
  /** An original host article: a headline and three paragraphs. */
  static final String HOST = "Harbor board delays vote on ferry fares\n\n"
      + "The Lakeport harbor board postponed a vote on ferry fares on Monday after two members asked for more time.\n\n"
      + "“We owe riders a clear answer by June,” said board chair Odette Brimley.\n\n"
      + "The board meets again on May 14.";
  private static final List<String> GENERIC = List.of("sarah johnson", "michael thompson", "emily carter");

  private final ExpertInserter inserter = new ExpertInserter(ExpertTemplates.pools(), GENERIC);

  @Test
  void thePackedTemplatesAreAtLeastThirtyDistinctLayouts() {
    List<Template> ts = ExpertTemplates.load();
    assertTrue(ts.size() >= 30, "templates: " + ts.size());
    Set<String> texts = new HashSet<>();
    for (Template t : ts) {
      assertTrue(texts.add(t.text()), "duplicate layout " + t.id());
    }
  }

  @Test
  void sameSeedSameInsertionOtherSeedOtherInsertion() {
    Template t = template("cue-after");
    Insertion a = inserter.insert("h1", HOST, t, new Random(42), new HashSet<>());
    Insertion b = inserter.insert("h1", HOST, t, new Random(42), new HashSet<>());
    Insertion c = inserter.insert("h1", HOST, t, new Random(43), new HashSet<>());
    assertEquals(a.text(), b.text());
    assertEquals(a.expert(), b.expert());
    assertNotEquals(a.text(), c.text());
  }

  @Test
  void theBlockGoesInAtAParagraphBoundaryAndTheHostTextIsKept() {
    for (Template t : ExpertTemplates.load()) {
      Insertion ins = inserter.insert("h1", HOST, t, new Random(7), new HashSet<>());
      String text = ins.text();
      assertEquals("\n\n", text.substring(ins.blockStart() - 2, ins.blockStart()), t.id());
      assertTrue(ins.blockStart() > HOST.indexOf("\n\n"), t.id() + ": never before the headline");
      String without = text.substring(0, ins.blockStart() - 2) + text.substring(ins.blockEnd());
      assertEquals(HOST, without, t.id());
      assertFalse(text.contains("[["), t.id());
      assertFalse(text.contains("{"), t.id());
    }
  }

  @Test
  void quoteOffsetsPointAtTheQuotedWords() {
    Insertion ins = inserter.insert("h1", HOST, template("second-quote"), new Random(5), new HashSet<>());
    assertEquals(3, ins.quotes().size());
    List<String> pool = ExpertTemplates.pools().get("quote");
    for (int[] q : ins.quotes()) {
      String words = ins.text().substring(q[0], q[1]);
      assertTrue(q[0] >= ins.blockStart() && q[1] <= ins.blockEnd());
      assertTrue(pool.contains(words.replaceAll("\\.$", "")), words);
      // the marks sit right outside the span
      assertEquals('“', ins.text().charAt(q[0] - 1), words);
    }
    String last = ins.expert().substring(ins.expert().lastIndexOf(' ') + 1);
    assertTrue(ins.text().substring(ins.blockStart(), ins.blockEnd()).contains(last + " added."));
  }

  @Test
  void transcriptAnswerOffsetsHaveNoMarks() {
    Insertion ins = inserter.insert("h1", HOST, template("transcript-role"), new Random(9), new HashSet<>());
    assertEquals(2, ins.quotes().size());
    int[] first = ins.quotes().get(0);
    assertEquals(": ", ins.text().substring(first[0] - 2, first[0]));
    assertEquals('\n', ins.text().charAt(first[1]));
  }

  @Test
  void genericTemplatesUseTheConfiguredGenericNamesAndInventedOnesNever() {
    Set<String> generic = Set.of("Sarah Johnson", "Michael Thompson", "Emily Carter");
    Set<String> used = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      assertTrue(generic.contains(
          inserter.insert("h" + i, HOST, template("generic-name-doctor"), new Random(i), used).expert()));
    }
    for (int i = 0; i < 20; i++) {
      assertFalse(generic.contains(
          inserter.insert("h" + i, HOST, template("cue-after"), new Random(i), used).expert()));
    }
  }

  @Test
  void pronounsFollowTheDrawnGender() {
    for (int seed = 0; seed < 12; seed++) {
      Insertion ins = inserter.insert("h1", HOST, template("pronoun-follow-up"), new Random(seed), new HashSet<>());
      String first = ins.expert().split(" ")[0];
      boolean female = ExpertTemplates.pools().get("female").contains(first);
      String block = ins.text().substring(ins.blockStart(), ins.blockEnd());
      assertTrue(block.endsWith((female ? "she" : "he") + " explains."), block);
    }
  }

  @Test
  void namesAreNotReusedWithinARun() {
    Set<String> used = new HashSet<>();
    Set<String> experts = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertTrue(experts.add(inserter.insert("h" + i, HOST, template("cue-after"), new Random(i), used).expert()));
    }
  }

  @Test
  void aTemplateWithoutMarkedQuotesOrWithAnUnknownPlaceholderIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ExpertTemplates.parse(List.of("x\tinvented\tno quote\tsaid Dr. {Name}.")));
    assertThrows(IllegalArgumentException.class,
        () -> ExpertTemplates.parse(List.of("x\tsomebody\tbad names\t“[[{q1}]],” said Dr. {Name}.")));
    Template bad = ExpertTemplates.parse(List.of("x\tinvented\ttypo\t“[[{q1}]],” said Dr. {Nmae}.")).get(0);
    assertThrows(IllegalArgumentException.class, () -> inserter.insert("h", HOST, bad, new Random(1), new HashSet<>()));
  }

  @Test
  void anArticleWithOneParagraphGetsTheBlockAtTheEnd() {
    Insertion ins = inserter.insert("h", "Just one paragraph.", template("cue-after"), new Random(1), new HashSet<>());
    assertTrue(ins.text().startsWith("Just one paragraph.\n\n“"));
    assertEquals(ins.text().length(), ins.blockEnd());
  }

  static Template template(String id) {
    for (Template t : ExpertTemplates.load()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new AssertionError("no template " + id);
  }

  static Map<String, List<String>> pools() {
    return ExpertTemplates.pools();
  }
}
