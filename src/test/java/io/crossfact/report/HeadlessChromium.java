package io.crossfact.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium started for one test class: a fresh profile in a temporary folder, DevTools on a port the
 * browser picks (read back from {@code DevToolsActivePort}, so parallel builds never collide), and a
 * {@link #close()} that kills the browser with all its helper processes and deletes the profile. A shutdown hook
 * does the same if the test JVM exits without closing.
 */
final class HeadlessChromium implements AutoCloseable {
  /** Debian's chromium; {@code -Dcrossfact.chromium=PATH} points elsewhere (or nowhere, to check the skip). */
  static final Path BINARY = Path.of(System.getProperty("crossfact.chromium", "/usr/bin/chromium"));
  static final Duration STEP = Duration.ofSeconds(30);

  private final Path profile;
  private final Process process;
  private final int port;
  private final Thread hook;

  /** True when the browser is installed; tests skip otherwise (see .ci/install-browser). */
  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  private HeadlessChromium(Path profile, Process process, int port, Thread hook) {
    this.profile = profile;
    this.process = process;
    this.port = port;
    this.hook = hook;
  }

  static HeadlessChromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("crossfact-chromium-");
    List<String> cmd = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
    // Output goes to a file: an unread pipe fills up and stalls the browser.
    Path log = Files.createTempFile("crossfact-chromium-", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Thread hook = new Thread(() -> kill(p));
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      int port = awaitPort(profile.resolve("DevToolsActivePort"), p, log);
      return new HeadlessChromium(profile, p, port, hook);
    } catch (IOException | RuntimeException | InterruptedException e) {
      kill(p);
      Runtime.getRuntime().removeShutdownHook(hook);
      deleteTree(profile);
      throw e;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static int awaitPort(Path file, Process p, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STEP.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // The browser writes the file in two steps; an empty or half-written first line means not yet.
        if (!lines.isEmpty() && lines.get(0).strip().matches("\\d+")) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("chromium exited with " + p.exitValue() + ": "
            + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("chromium wrote no DevToolsActivePort within " + STEP.toSeconds() + " s: "
        + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The DevTools websocket of the browser's one page (the about:blank it started with). */
  URI pageWebSocket() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(STEP).build();
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .timeout(STEP).GET().build();
    long deadline = System.nanoTime() + STEP.toNanos();
    while (true) {
      HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : new ObjectMapper().readTree(res.body())) {
        if ("page".equals(target.path("type").asText()) && target.hasNonNull("webSocketDebuggerUrl")) {
          return URI.create(target.get("webSocketDebuggerUrl").asText());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no page target in " + res.body());
      }
      Thread.sleep(100);
    }
  }

  private static void kill(Process p) {
    // The renderer, GPU and zygote helpers are children of the browser; end them with it.
    List<ProcessHandle> children = p.descendants().toList();
    p.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static void deleteTree(Path dir) {
    // A helper that was still writing when killed can leave a file behind; a second pass gets it.
    for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  Path profile() {
    return profile;
  }

  @Override
  public void close() {
    kill(process);
    deleteTree(profile);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or ran, nothing left to undo.
    }
  }
}
