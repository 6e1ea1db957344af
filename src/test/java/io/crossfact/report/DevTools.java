package io.crossfact.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Chrome DevTools Protocol client on the JDK's websocket: numbered commands answered by id, and events kept in
 * arrival order for the test to inspect or wait for. Every wait is bounded by {@link HeadlessChromium#STEP}.
 */
final class DevTools implements WebSocket.Listener, AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final List<Waiter> waiters = new ArrayList<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  private record Waiter(String method, CompletableFuture<JsonNode> future) {}

  static DevTools connect(URI ws) throws IOException, InterruptedException {
    DevTools d = new DevTools();
    try {
      d.socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .connectTimeout(HeadlessChromium.STEP)
          .buildAsync(ws, d)
          .get(HeadlessChromium.STEP.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("cannot open the DevTools websocket " + ws, e);
    }
    return d;
  }

  /** Sends a command and waits for its result; a protocol error becomes an exception naming the command. */
  JsonNode send(String method, ObjectNode params) throws IOException, InterruptedException {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params == null ? JSON.createObjectNode() : params);
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      socket.sendText(JSON.writeValueAsString(msg), true).get(HeadlessChromium.STEP.toSeconds(), TimeUnit.SECONDS);
      JsonNode res = answer.get(HeadlessChromium.STEP.toSeconds(), TimeUnit.SECONDS);
      if (res.has("error")) {
        throw new IOException(method + " failed: " + res.get("error"));
      }
      return res.path("result");
    } catch (ExecutionException e) {
      throw new IOException(method + " failed", e.getCause());
    } catch (TimeoutException e) {
      throw new IOException(method + " got no answer within " + HeadlessChromium.STEP.toSeconds() + " s", e);
    } finally {
      pending.remove(id);
    }
  }

  JsonNode send(String method) throws IOException, InterruptedException {
    return send(method, null);
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /**
   * A future for the next event named {@code method} arriving after this call; register it before sending the
   * command that causes the event, or the event may come first.
   */
  CompletableFuture<JsonNode> next(String method) {
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    synchronized (events) {
      waiters.add(new Waiter(method, f));
    }
    return f;
  }

  static JsonNode await(CompletableFuture<JsonNode> f, String what) throws IOException, InterruptedException {
    try {
      return f.get(HeadlessChromium.STEP.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new IOException(what, e.getCause());
    } catch (TimeoutException e) {
      throw new IOException(what + " did not happen within " + HeadlessChromium.STEP.toSeconds() + " s", e);
    }
  }

  /** Events received so far named {@code method}, in arrival order. */
  List<JsonNode> events(String method) {
    List<JsonNode> out = new ArrayList<>();
    synchronized (events) {
      for (JsonNode e : events) {
        if (method.equals(e.path("method").asText())) {
          out.add(e.path("params"));
        }
      }
    }
    return out;
  }

  void clearEvents() {
    synchronized (events) {
      events.clear();
    }
  }

  /**
   * Evaluates an expression in the page and returns its value (promises awaited); an exception thrown by the
   * expression fails the call with the page's message.
   */
  JsonNode eval(String expression) throws IOException, InterruptedException {
    JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("page threw on `" + expression + "`: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String text = partial.toString();
      partial.setLength(0);
      dispatch(text);
    }
    webSocket.request(1);
    return null;
  }

  private void dispatch(String text) {
    JsonNode msg;
    try {
      msg = JSON.readTree(text);
    } catch (IOException e) {
      return; // not JSON: nothing a test can use; commands waiting on it time out with a clear message
    }
    if (msg.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(msg.get("id").asInt());
      if (f != null) {
        f.complete(msg);
      }
      return;
    }
    String method = msg.path("method").asText();
    synchronized (events) {
      events.add(msg);
      waiters.removeIf(w -> w.method().equals(method) && w.future().complete(msg.path("params")));
    }
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    pending.values().forEach(f -> f.completeExceptionally(error));
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    IOException closed = new IOException("DevTools websocket closed: " + statusCode + " " + reason);
    pending.values().forEach(f -> f.completeExceptionally(closed));
    return null;
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
  }
}
