package io.crossfact.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.crossfact.config.CrossfactConfig;
import io.crossfact.ingest.DocumentReader;
import io.crossfact.model.Article;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A manual harness (not a test): the pass's per-document work ({@link PassStage.Worker#process}) single-threaded over
 * a corpus folder. {@code PassHarness DIR ROUNDS [DUMP]}: prints articles per CPU-second of each round; with DUMP,
 * writes every processed row as JSON (to check that a change leaves the rows identical).
 */
public final class PassHarness {
  private PassHarness() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    List<Article> docs = new ArrayList<>();
    for (Path f : files) {
      docs.addAll(DocumentReader.read(f.toString(), Files.readAllBytes(f)));
    }
    PassStage.Worker w = new PassStage.Worker(CrossfactConfig.defaults());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long readCpu = 0;
      long sink = 0;
      for (Path f : files) {
        long c0 = threads.getCurrentThreadCpuTime();
        List<Article> read = DocumentReader.read(f.toString(), Files.readAllBytes(f));
        readCpu += threads.getCurrentThreadCpuTime() - c0;
        for (Article a : read) {
          sink += w.process(a).getAssertions().size();
        }
      }
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      System.out.printf(java.util.Locale.ROOT, "round %d: %d docs, %.2f CPU s (read %.2f), %.1f docs/CPU-s, sink %d%n",
          r, docs.size(), cpu, readCpu / 1e9, docs.size() / cpu, sink);
    }
    if (args.length > 2) {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
      try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
        for (Article a : docs) {
          out.write(m.writeValueAsString(w.process(a)));
          out.write('\n');
        }
      }
    }
  }
}
