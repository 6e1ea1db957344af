package io.crossfact.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run's time went, from a JDK Flight Recorder recording: the methods that most often sat on top of a sampled
 * Java stack (self time), each with the crossfact method nearest below it on those stacks, the one that asked for the
 * work. JIT compiler and GC threads are not Java threads and are not sampled; their CPU shows in the benchmark's CPU
 * columns instead. Uses only the JDK ({@code jdk.jfr}), so a bench can record its own check ({@link #record}).
 */
public final class HotMethods {
  private static final String OURS = "io.crossfact.";

  private HotMethods() {}

  /** One hot method: its samples on top of a stack, their share of all samples, and its usual crossfact caller. */
  public record Hot(String method, long samples, double percent, String caller) {
    public Map<String, Object> asMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("method", method);
      m.put("samples", samples);
      m.put("percent", percent);
      m.put("caller", caller);
      return m;
    }
  }

  /** All samples of a recording and its {@code n} hottest methods by self samples, most samples first. */
  public record Summary(long samples, List<Hot> top) {}

  /** A running recording with the JDK's "profile" settings (Java stacks sampled every 10 to 20 ms). */
  public static final class Recorder implements AutoCloseable {
    private final Recording recording;
    private final Path file;

    private Recorder(Path file) throws IOException {
      try {
        this.recording = new Recording(Configuration.getConfiguration("profile"));
      } catch (java.text.ParseException e) {
        throw new IOException("the JDK's JFR profile settings do not parse: " + e.getMessage(), e);
      }
      this.file = file;
      recording.setName("crossfact-bench");
      recording.start();
    }

    /** Stops the recording and writes it to the file given to {@link #record}; returns that file. */
    public Path stop() throws IOException {
      recording.stop();
      recording.dump(file);
      return file;
    }

    @Override
    public void close() {
      recording.close();
    }
  }

  /** Starts recording this JVM now; {@link Recorder#stop} writes the recording to {@code file}. */
  public static Recorder record(Path file) throws IOException {
    return new Recorder(file);
  }

  /** The {@code n} hottest methods of a recording. */
  public static Summary read(Path jfr, int n) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Map<String, Long>> callers = new HashMap<>();
    long samples = 0;
    try (RecordingFile f = new RecordingFile(jfr)) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
          continue;
        }
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        if (frames.isEmpty()) {
          continue;
        }
        samples++;
        String top = name(frames.get(0).getMethod());
        self.merge(top, 1L, Long::sum);
        String caller = "";
        for (int i = 1; i < frames.size() && caller.isEmpty(); i++) {
          String m = name(frames.get(i).getMethod());
          if (m.startsWith(OURS) && !m.equals(top)) {
            caller = m;
          }
        }
        callers.computeIfAbsent(top, k -> new HashMap<>()).merge(caller, 1L, Long::sum);
      }
    }
    long all = samples;
    List<Hot> hot = new ArrayList<>();
    self.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(en -> hot.add(new Hot(en.getKey(), en.getValue(),
            Math.round(1000.0 * en.getValue() / all) / 10.0, usual(callers.get(en.getKey())))));
    return new Summary(samples, hot);
  }

  /** The caller seen most often (ties: the first by name); "" when none of the stacks had a crossfact frame. */
  private static String usual(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .filter(en -> !en.getKey().isEmpty())
        .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
        .map(Map.Entry::getKey).orElse("");
  }

  /** {@code package.Class.method}, the way the benchmarks document names methods. */
  static String name(RecordedMethod m) {
    return m == null ? "?" : m.getType().getName() + "." + m.getName();
  }
}
