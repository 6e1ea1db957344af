package io.crossfact.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crossfact.story.StorySettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval-stories on a tiny labelled file: the score and where its errors come from. */
class StoryEvalTest {
  private static String line(String id, String date, String title, String text, String cluster) {
    return "{\"id\":\"" + id + "\",\"published\":\"" + date + "\",\"title\":\"" + title + "\",\"text\":\"" + text
        + "\",\"cluster\":\"" + cluster + "\"}\n";
  }

  @Test
  void errorsNameTheMergedAndTheSplitClusters(@TempDir Path dir) throws Exception {
    String quake = "A magnitude 6 earthquake struck Kestral province on Tuesday, collapsing houses in Vard and "
        + "killing four people, Governor Pell Aramis said. Rescuers searched the Vard market through the night.";
    String rehab = "Actress Dana Whitlow checked into the Serenity Ridge treatment center, her publicist Carl Imber "
        + "said on Friday. Whitlow asked for privacy.";
    String budget = "The Harlow council approved a budget of 40 million dollars after a debate about road repairs.";
    String ferry = "High winds cancelled the ferry between Carrow and Inish Beg on Thursday, the harbour master said.";
    Path f = dir.resolve("labelled.jsonl");
    // the two quake reports are one event labelled as two clusters (a merge for the grouper); the budget and the
    // ferry reports share a label though they are unrelated (a split)
    Files.writeString(f, line("q1", "2019-06-04", "Quake kills four in Kestral", quake, "quake-a")
        + line("q2", "2019-06-04", "Four dead as quake hits Kestral", quake + " Field hospitals opened.", "quake-b")
        + line("r1", "2020-01-10", "Whitlow enters rehab", rehab, "rehab")
        + line("r2", "2020-01-10", "Dana Whitlow in treatment", rehab + " Her fans sent flowers.", "rehab")
        + line("b1", "2021-03-02", "Budget passes", budget, "misc")
        + line("f1", "2021-03-05", "Storm closes ferry", ferry, "misc"), StandardCharsets.UTF_8);
    StoryEval.Report r = StoryEval.evaluate(f, StorySettings.defaults());
    assertEquals(6, r.articles);
    assertEquals(r.assignment.get("q1"), r.assignment.get("q2"));
    String errors = r.errors();
    assertTrue(errors.contains("merge  story q1: quake-a x1, quake-b x1"), errors);
    assertTrue(errors.contains("split  cluster misc: b1 x1, f1 x1"), errors);
    assertTrue(!errors.contains("rehab"), errors);
  }
}
