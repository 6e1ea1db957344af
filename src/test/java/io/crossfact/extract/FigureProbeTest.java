package io.crossfact.extract;

import org.junit.jupiter.api.Test;

class FigureProbeTest {
  @Test
  void probe() throws Exception {
    for (String s : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/probe.txt"))) {
      if (s.isBlank()) continue;
      System.out.println(">> " + s);
      System.out.println(FigureFixtures.summary(FigureFixtures.figures(s)));
    }
  }
}
