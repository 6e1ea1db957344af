package io.crossfact.extract.figure;

import io.crossfact.config.CrossfactConfig;
import io.crossfact.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The recognizers' test cases, kept as data ({@code src/test/resources/figures/specs/<kind>.tsv}, as
 * Recognizers-Text keeps its Specs): one case a line, tab-separated, {@code #} comments; a new case is a new line.
 */
final class Specs {
  static final FigureSettings SETTINGS = new FigureSettings(CrossfactConfig.defaults());

  private Specs() {}

  /** The rows of one spec file, each as the arguments of a parameterized test (missing trailing cells are ""). */
  static Stream<Arguments> rows(String kind, int columns) {
    String path = "/figures/specs/" + kind + ".tsv";
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = Specs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing spec " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
        for (int i = 0; i < columns; i++) {
          cells[i] = cells[i] == null ? "" : cells[i];
        }
        out.add(Arguments.of((Object[]) cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("empty spec " + path);
    }
    return out.stream();
  }

  /** The per-article state of one sentence, as the scan builds it. */
  static FigureText text(String sentence, String published) {
    Article a = new Article();
    a.setArticleId("spec");
    a.setSource("example.org");
    a.setPublished(published.isEmpty() ? "2024-06-03" : published);
    a.setText(sentence);
    a.setBody(sentence);
    return new FigureText(a, sentence, sentence, SETTINGS);
  }

  /** A number read by {@link NumberRecognizer} and the token after it. */
  record Read(Fig fig, int after) {}

  /** The first number read in the sentence (range joined), or null when none. */
  static Read firstNumber(FigureText x) {
    int te = x.t.size;
    for (int i = 0; i < te; i++) {
      Fig f = new Fig();
      int after = x.numbers.number(i, 0, te, f);
      if (after > i) {
        f.qStart = f.first;
        int end = x.numbers.range(f, after, te);
        return end < 0 ? null : new Read(f, end);
      }
      if (after < 0) {
        i = -after - 1;
      }
    }
    return null;
  }
}
