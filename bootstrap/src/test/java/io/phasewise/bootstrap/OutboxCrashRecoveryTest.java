package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, acceptance 2: the server process is killed (SIGKILL, no shutdown hook runs) after it has
 * committed phase transitions and their outbox events but before sending them, and started again on
 * the same data directory: the receiver gets every event exactly once by idempotency key. Then the
 * harder case: the process is killed while a POST is in flight (sent, never recorded); after a restart
 * the delivery is repeated with the same key, so a receiver that honours the key still counts it once.
 *
 * <p>Each server is a separate JVM ({@code phasewise serve}) on an embedded PostgreSQL in a temporary
 * home; the killed JVM leaves its PostgreSQL running, which the next start stops cleanly.
 */
class OutboxCrashRecoveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration STARTUP = Duration.ofSeconds(90);
  private final HttpCalls http = new HttpCalls(HttpClient.Version.HTTP_1_1, Duration.ofSeconds(60));
  private final List<Process> servers = new ArrayList<>();

  @TempDir
  Path home;

  private Receiver receiver;
  /** The operator's token for the writes to market data, made with the command line beside the first server. */
  private String admin;

  @AfterEach
  void stop() throws Exception {
    for (Process p : servers) {
      p.destroy();
      if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
    }
    if (receiver != null) receiver.server.stop(0);
  }

  @Test
  void a_transition_committed_before_a_crash_reaches_the_receiver_exactly_once_after_a_restart() throws Exception {
    receiver = Receiver.start();
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    // the first server never dispatches after its first (empty) round: it only commits
    Process first = serve(port, "1h", "60s");
    awaitUp(base, first);
    String token = JSON.readTree(post(base, "api/users", null, "{\"email\":\"crash@example.com\"}", 201))
        .at("/token/secret").asText();
    admin = adminToken("crash@example.com");
    long spy = JSON.readTree(post(base, "api/assets", admin,
        "{\"symbol\":\"SPY\",\"name\":\"SPDR S&P 500\",\"type\":\"etf\"}", 201)).get("id").asLong();
    post(base, "api/webhooks", token, "{\"url\":\"" + receiver.url() + "\",\"assets\":[" + spy + "]}", 201);

    List<String> rows = csvRows();
    importCandles(base, spy, rows.subList(0, indexOfDate(rows, "2008-06-01")));
    JsonNode firstComputation = JSON.readTree(post(base, "api/assets/" + spy + "/phases/recompute", admin, "", 200));
    assertThat(firstComputation.get("eventsEmitted").asInt()).as("history is not news").isZero();
    importCandles(base, spy, rows.subList(indexOfDate(rows, "2008-06-01"), indexOfDate(rows, "2009-07-01")));
    JsonNode recorded = JSON.readTree(post(base, "api/assets/" + spy + "/phases/recompute", admin, "", 200));
    int events = recorded.get("eventsEmitted").asInt();
    assertThat(events).as("the 2008 crash and the 2009 recovery are new transitions").isGreaterThanOrEqualTo(2);

    first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(receiver.requests).as("nothing was sent before the crash").isEmpty();

    Process second = serve(port, "200ms", "60s");
    awaitUp(base, second);
    await(() -> receiver.distinctKeys().size() == events, Duration.ofSeconds(60), "every event delivered");
    Thread.sleep(1_500); // ten more dispatcher rounds: nothing may arrive twice
    assertThat(receiver.requests).hasSize(events);
    assertThat(receiver.distinctKeys()).hasSize(events);
    assertThat(receiver.requests.stream().map(r -> r.body().get("id").asText()).distinct()).hasSize(events);
    assertThat(receiver.requests.stream().map(r -> r.body().get("to").asText()))
        .contains("DEFECT").containsAnyOf("FORGIVE", "COOP");
    String subscription = JSON.readTree(get(base, "api/webhooks", token)).at("/0/id").asText();
    JsonNode log = JSON.readTree(get(base, "api/webhooks/" + subscription + "/deliveries", token));
    assertThat(log.get("items")).hasSize(events)
        .allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("DELIVERED"));

    // the crash while a POST is in flight: the receiver holds the next request until the server is killed
    receiver.holdNext();
    importCandles(base, spy, rows.subList(indexOfDate(rows, "2009-07-01"), rows.size()));
    int later = JSON.readTree(post(base, "api/assets/" + spy + "/phases/recompute", admin, "", 200))
        .get("eventsEmitted").asInt();
    assertThat(later).as("SPY changes phase again after mid-2009").isPositive();
    assertThat(receiver.held.await(60, TimeUnit.SECONDS)).as("a POST reached the receiver").isTrue();
    String inFlight = receiver.heldKey;
    second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    receiver.release();

    Process third = serve(port, "200ms", "25s");
    awaitUp(base, third);
    await(() -> receiver.distinctKeys().size() == events + later && receiver.count(inFlight) >= 2,
        Duration.ofSeconds(90), "the in-flight delivery repeated after its lease, and every later event delivered");
    assertThat(receiver.count(inFlight)).as("sent twice on the wire, with one key").isEqualTo(2);
    assertThat(receiver.distinctKeys()).as("exactly once by idempotency key").hasSize(events + later);
    System.out.printf("outbox crash recovery: %d events committed before the first kill, delivered once each after"
        + " the restart; %d later events, one killed in flight and repeated with key %s; %d requests, %d keys%n",
        events, later, inFlight, receiver.requests.size(), receiver.distinctKeys().size());
  }

  private Process serve(int port, String poll, String lease) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        PhasewiseCli.class.getName(), "serve", "--no-demo")
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("server-" + servers.size() + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("PHASEWISE_"));
    env.put("PHASEWISE_HOME", home.toString());
    env.put("PHASEWISE_PORT", Integer.toString(port));
    env.put("PHASEWISE_WEBHOOKS_ALLOW_LOOPBACK", "true");
    env.put("PHASEWISE_WEBHOOK_POLL", poll);
    env.put("PHASEWISE_WEBHOOK_LEASE", lease);
    env.put("PHASEWISE_PIPELINE_EVERY", "off");
    // the test recomputes the phases itself, to count the events each recompute commits
    env.put("PHASEWISE_PHASES_ON_IMPORT", "false");
    Process process = builder.start();
    servers.add(process);
    return process;
  }

  private void awaitUp(URI base, Process server) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) throw new AssertionError("the server exited: " + serverLog());
      try {
        if (http.get(base, "api/health").statusCode() == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server did not start within " + STARTUP + ": " + serverLog());
  }

  private String serverLog() throws IOException {
    Path log = home.resolve("server-" + (servers.size() - 1) + ".log");
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }

  /** Makes the signed-up {@code email} an admin with the command line, as an operator would, and returns their admin token. */
  private String adminToken(String email) throws IOException {
    CliRun cli = new CliRun();
    Path file = home.resolve("admin-token");
    assertThat(cli.runIn(home, "admin", "grant", email)).as(cli.err()).isZero();
    assertThat(cli.runIn(home, "token", "issue", email, "--scopes", "READ,WRITE,ADMIN", "--out", file.toString()))
        .as(cli.err()).isZero();
    return Files.readString(file).strip();
  }

  private String post(URI base, String path, String token, String json, int expected) throws Exception {
    return expect(http.send(base, "POST", path, json, token), expected);
  }

  private String get(URI base, String path, String token) throws Exception {
    return expect(http.send(base, "GET", path, null, token), 200);
  }

  private void importCandles(URI base, long asset, List<String> rows) throws Exception {
    String csv = "Date,Open,High,Low,Close,Adj Close,Volume\n" + String.join("\n", rows) + "\n";
    JsonNode report = JSON.readTree(expect(http.send(base, "POST", "api/assets/" + asset + "/candles/import?format=yahoo",
        "text/csv", csv, admin), 200));
    assertThat(report.get("rejectedCount").asLong()).as(report.toString()).isZero();
  }

  private static String expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.request().uri() + " answered " + response.body()).isEqualTo(status);
    return response.body();
  }

  private static List<String> csvRows() throws IOException {
    try (InputStream in = Objects.requireNonNull(OutboxCrashRecoveryTest.class.getResourceAsStream("/demo/SPY.csv"))) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(1, lines.size());
    }
  }

  private static int indexOfDate(List<String> rows, String date) {
    for (int i = 0; i < rows.size(); i++) if (rows.get(i).compareTo(date) >= 0) return i;
    return rows.size();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) throw new AssertionError("timed out waiting for: " + what);
      Thread.sleep(100);
    }
  }

  /** A webhook receiver on loopback that records every request and can hold one until told to let go. */
  private static final class Receiver {
    final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, Integer> counts = new ConcurrentHashMap<>();
    volatile CountDownLatch held = new CountDownLatch(1);
    volatile String heldKey;
    private volatile boolean holdNext;
    private final CountDownLatch released = new CountDownLatch(1);

    record Request(String key, JsonNode body) {}

    private Receiver(HttpServer server) {
      this.server = server;
    }

    static Receiver start() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      Receiver receiver = new Receiver(server);
      server.createContext("/hook", receiver::handle);
      server.start();
      return receiver;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void holdNext() {
      held = new CountDownLatch(1);
      holdNext = true;
    }

    void release() {
      released.countDown();
    }

    Set<String> distinctKeys() {
      return new HashMap<>(counts).keySet();
    }

    int count(String key) {
      return counts.getOrDefault(key, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      JsonNode body;
      try (InputStream in = exchange.getRequestBody()) {
        body = JSON.readTree(in.readAllBytes());
      }
      requests.add(new Request(key, body));
      counts.merge(key, 1, Integer::sum);
      if (holdNext) {
        holdNext = false;
        heldKey = key;
        held.countDown();
        try {
          released.await(120, TimeUnit.SECONDS); // the sender is killed meanwhile: it never sees an answer
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    }
  }
}
