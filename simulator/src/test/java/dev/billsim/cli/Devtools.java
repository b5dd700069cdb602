package dev.billsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one headless Chromium over the DevTools protocol: sets the viewport to any width (the
 * command line's {@code --window-size} stops at 500 px), opens pages, evaluates a script in them
 * and takes full-page screenshots. One browser serves every page of a test class.
 */
final class Devtools implements AutoCloseable {
  private static final long TIMEOUT_SECONDS = 30;
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
  private final Process process;
  private final WebSocket socket;
  private String session;

  private Devtools(Process process, String url) {
    this.process = process;
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create(url), new Listener())
            .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .join();
  }

  /**
   * Chromium's switches for a quiet, reproducible headless browser: no GPU, sandbox, background
   * traffic or first-run pages, and no scrollbars in screenshots.
   */
  static final List<String> HEADLESS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--hide-scrollbars");

  /** Starts Chromium with its profile and log under {@code work} and opens one blank page. */
  static Devtools start(String chromium, Path work) throws Exception {
    Path log = work.resolve("devtools.err");
    List<String> command = new ArrayList<>();
    command.add(chromium);
    command.addAll(HEADLESS);
    command.addAll(
        List.of(
            "--user-data-dir=" + Files.createTempDirectory(work, "devtools-profile"),
            "--remote-debugging-port=0",
            "about:blank"));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(work.resolve("devtools.out").toFile())
            .redirectError(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline && process.isAlive()) {
      Matcher listening =
          LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8).replace('\n', ' '));
      if (listening.find()) {
        Devtools browser = new Devtools(process, listening.group(1));
        browser.openPage();
        return browser;
      }
      Thread.sleep(50);
    }
    process.destroyForcibly();
    throw new AssertionError(
        "chromium did not open its DevTools port:\n"
            + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Sets the viewport to {@code width} x {@code height} CSS pixels and loads {@code page}. */
  void open(Path page, int width, int height) throws Exception {
    call(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    events.clear();
    call("Page.navigate", Map.of("url", page.toUri().toString()));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (true) {
      JsonNode event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        throw new AssertionError(page + " did not load in " + TIMEOUT_SECONDS + " s");
      }
      if (event.path("method").asText().equals("Page.loadEventFired")) {
        return;
      }
    }
  }

  /** Evaluates a script that returns a JSON string, and parses what it returns. */
  JsonNode evaluate(String script) throws Exception {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", script, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("the script failed: " + result.get("exceptionDetails"));
    }
    return json.readTree(result.path("result").path("value").asText());
  }

  /** Writes a PNG of the whole page, as wide as the viewport and as tall as the page. */
  void screenshot(Path file) throws Exception {
    JsonNode metrics = call("Page.getLayoutMetrics", Map.of());
    JsonNode size = metrics.path("cssContentSize");
    JsonNode viewport = metrics.path("cssLayoutViewport");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", viewport.path("clientWidth").asDouble(),
            "height", Math.min(size.path("height").asDouble(), 16_000),
            "scale", 1);
    JsonNode shot =
        call(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  /** Closes the browser, and kills it if it does not exit. */
  @Override
  public void close() throws Exception {
    // Sent without waiting for the answer: the browser may exit before it answers.
    ObjectNode message = json.createObjectNode();
    message.put("id", ids.incrementAndGet()).put("method", "Browser.close");
    socket.sendText(json.writeValueAsString(message), true).join();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private void openPage() throws Exception {
    String target =
        call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session =
        call("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .get("sessionId")
            .asText();
    call("Page.enable", Map.of());
    call("Emulation.setScrollbarsHidden", Map.of("hidden", true));
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode();
    message.put("id", id).put("method", method).set("params", json.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(json.writeValueAsString(message), true).join();
    JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new AssertionError(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Joins each message's frames, then hands replies to their callers and queues events. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(text.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          replies.values().forEach(reply -> reply.completeExceptionally(e));
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
