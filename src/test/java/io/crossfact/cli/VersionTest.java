package io.crossfact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.crossfact.spark.Versions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** --version prints the version run.json records, from the one Maven-filtered resource. */
class VersionTest {
  @Test
  void versionOptionSaysWhatRunJsonSays() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.execute("--version"));
    } finally {
      System.setOut(old);
    }
    String printed = buf.toString(StandardCharsets.UTF_8).strip();
    assertEquals("crossfact " + Versions.crossfact(), printed);
    assertFalse(Versions.crossfact().contains("${"), Versions.crossfact());
    assertFalse(printed.endsWith(" dev"), printed);
  }
}
