package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in a JVM of its own, and each command line command in another JVM on the same home:
 * the commands join the server's database instead of failing on its lock, and what they store is
 * what the server serves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliBesideServerEndToEndTest {
  private static final Duration STARTUP = Duration.ofMinutes(3);
  private static final Duration COMMAND = Duration.ofMinutes(3);
  private static final String EMAIL = "ada@example.org";

  @TempDir
  static Path home;

  private final HttpCalls http = HttpCalls.http11();
  private Process server;
  private URI base;

  /** What one command printed, and how it ended. */
  private record Run(int exit, String out, String err) {}

  @BeforeAll
  void startTheServer() throws Exception {
    int port = freePort();
    base = URI.create("http://127.0.0.1:" + port + "/");
    server = java(List.of("serve", "--no-demo"), Map.of("PHASEWISE_PORT", Integer.toString(port)))
        .redirectErrorStream(true).redirectOutput(serverLog().toFile()).start();
    Instant deadline = Instant.now().plus(STARTUP);
    while (!serverUp()) {
      if (!server.isAlive()) throw new AssertionError("the server exited: " + Files.readString(serverLog()));
      if (Instant.now().isAfter(deadline)) throw new AssertionError("no server within " + STARTUP + ": " + Files.readString(serverLog()));
      Thread.sleep(200);
    }
  }

  @AfterAll
  void stopTheServer() throws Exception {
    if (server == null) return;
    server.destroy();
    boolean stopped = server.waitFor(60, TimeUnit.SECONDS);
    if (!stopped) server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(stopped).as("stopped on SIGTERM").isTrue();
    assertThat(Files.readString(serverLog())).as("one line on shutdown").containsPattern("Phasewise stopped in \\d+\\.\\d s");
  }

  @Test
  @Order(1)
  void the_server_prints_each_slow_start_up_step_with_its_duration() throws IOException {
    assertThat(Files.readString(serverLog()))
        .containsPattern("database started in \\d+\\.\\d s")
        .containsPattern("database schema migrated in \\d+\\.\\d s")
        .containsPattern("HTTP server and API ready in \\d+\\.\\d s")
        .containsPattern("Phasewise serving on " + base + " \\(health: " + base + "api/health\\), started in \\d+\\.\\d s");
  }

  @Test
  @Order(2)
  void user_add_and_token_issue_work_beside_the_server_and_the_token_authenticates_there() throws Exception {
    Run added = cli("user", "add", EMAIL);
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out()).contains("user ").contains(EMAIL).containsPattern("secret pw_\\S+");
    assertThat(added.err()).contains("using the database of the Phasewise already running");

    Run issued = cli("token", "issue", EMAIL, "--name", "ci");
    assertThat(issued.exit()).as(issued.err()).isZero();
    String secret = issued.out().lines().filter(l -> l.startsWith("secret ")).findFirst().orElseThrow().substring(7);
    assertThat(http.send(base, "GET", "api/me", null, secret).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void import_registers_the_inferred_etf_that_the_server_then_serves() throws Exception {
    Path gld = home.resolve("GLD.csv");
    List<String> rows = Files.readAllLines(Path.of("src/test/resources/prices/daily/GLD.csv"), StandardCharsets.UTF_8);
    Files.write(gld, rows.subList(0, 301));

    Run imported = cli("import", gld.toString());

    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("new etf GLD \"SPDR Gold Shares\"");
    assertThat(imported.out()).contains("imported 1 file(s): read 300, stored 300");
    String asset = http.get(base, "api/assets?q=GLD").body();
    assertThat(asset).contains("\"symbol\":\"GLD\"").contains("\"type\":\"etf\"").contains("SPDR Gold Shares");
  }

  @Test
  @Order(4)
  void phases_and_pipeline_work_beside_the_server() throws Exception {
    Run phases = cli("phases", "--asset", "GLD");
    assertThat(phases.exit()).as(phases.err()).isZero();
    assertThat(phases.out()).contains("GLD");

    Run pipeline = cli("pipeline");
    assertThat(pipeline.exit()).as(pipeline.err()).isZero();
    assertThat(pipeline.out()).containsPattern("pipeline run \\d+ \\(on-demand, 1d\\): 1 asset\\(s\\), 0 failed");
    assertThat(http.get(base, "api/pipeline/runs").body()).contains("ON_DEMAND");
  }

  @Test
  @Order(5)
  void a_bad_argument_is_one_line_before_any_database_work_and_a_second_server_is_refused_in_one_line() throws Exception {
    Run missing = cli("import", home.resolve("nonexistent.csv").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("phasewise: no such file or folder: " + home.resolve("nonexistent.csv"));

    Run second = cli("serve", "--port", Integer.toString(freePort()));
    assertThat(second.exit()).isEqualTo(1);
    assertThat(second.err().strip()).startsWith("phasewise: the database in ").endsWith("is in use by another Phasewise"
        + " process; stop it first, or give this one another --home").doesNotContain("Exception").doesNotContain("\n");
    assertThat(serverUp()).as("the first server is untouched").isTrue();
  }

  private boolean serverUp() {
    try {
      return http.get(base, "api/health").statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the command line with {@code args} in a JVM of its own on the server's home, waiting for it to end. */
  private Run cli(String... args) throws Exception {
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process process = java(List.of(args), Map.of()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError(String.join(" ", args) + " did not end within " + COMMAND + ": " + Files.readString(err));
      }
    } finally {
      process.destroyForcibly();
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private ProcessBuilder java(List<String> args, Map<String, String> extraEnv) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), PhasewiseCli.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("PHASEWISE_"));
    env.put("PHASEWISE_HOME", home.toString());
    env.put("PHASEWISE_PIPELINE_EVERY", "off");
    env.putAll(extraEnv);
    return builder;
  }

  private Path serverLog() {
    return home.resolve("server.log");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
