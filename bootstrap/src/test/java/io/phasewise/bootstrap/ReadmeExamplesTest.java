package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.bootstrap.ReadmeExamples.Example;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every shell example of the README, in order and as written, against the demo server on a fresh
 * database, so that the README cannot drift from the product. The server is what {@code ./phasewise}
 * starts (the demo universe and portfolio loaded) on a free port; {@code curl} lines run with bash and curl with only
 * the address replaced, {@code pw_...} by the token the sign-up example answered and {@code ~/.phasewise} by the
 * temporary home (where the demo wrote its token and portfolio id); {@code ./phasewise}
 * lines run the command line in a JVM of their own on the same database (a {@code serve} line until its
 * health check answers), with {@code user.home} and {@code PHASEWISE_HOME} in a temporary directory. A
 * command must succeed (2xx, exit 0), and a read that promises data must return some.
 */
class ReadmeExamplesTest {
  private static final String README_BASE = "http://127.0.0.1:8080";
  private static final String TOKEN_PLACEHOLDER = "pw_...";
  private static final String README_HOME = "~/.phasewise";
  /** The arrays in which the API answers data: a read that returns one of them empty ran on dates outside the demo data. */
  private static final Set<String> DATA_ARRAYS = Set.of("items", "points", "prices", "snapshots", "phases", "cards", "outcomes");
  private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"(pw_[^\"]+)\"");
  private static final Pattern OUTPUT_FILE = Pattern.compile("\\s-o\\s+(\\S+)");
  private static final Pattern PORT_OPTION = Pattern.compile("--port\\s+\\d+");
  private static final long COMMAND_TIMEOUT_SECONDS = 600;
  private static final long SERVE_TIMEOUT_SECONDS = 180;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpCalls http = HttpCalls.http11();

  @TempDir
  Path home;

  @TempDir
  Path work;

  private Map<String, String> env;
  private String base;
  private String token;

  @Test
  void every_shell_example_of_the_readme_runs_against_the_demo_server() throws Exception {
    ReadmeExamples readme = ReadmeExamples.parse(Files.readString(Path.of("..", "README.md")));
    assertThat(readme.notRun()).as("illustrative blocks, each with its reason: keep them few").hasSizeLessThanOrEqualTo(2);
    assertThat(readme.examples()).hasSizeGreaterThan(25);
    linkCloneInto(work);
    List<String> failures = new ArrayList<>();
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home.resolve("pgdata"))) {
      env = Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0", "PHASEWISE_DB_URL", db.jdbcUrl(),
          "PHASEWISE_DB_USER", db.user(), "PHASEWISE_DB_PASSWORD", db.password(),
          "PHASEWISE_PIPELINE_EVERY", "off");
      PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(env);
      try (Phasewise app = Phasewise.start(settings)) {
        DemoUniverse.loadIfEmpty(app, settings.home(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try (PhasewiseServer server = PhasewiseServer.start(app, settings)) {
          base = server.baseUri().toString().replaceAll("/$", "");
          for (Example example : readme.examples()) {
            String failure = run(example);
            if (failure != null) failures.add(example + "\n    " + failure);
          }
        }
      }
    }
    assertThat(failures).as("README examples that fail as written").isEmpty();
  }

  /** Null when {@code example} succeeded, otherwise what went wrong. */
  private String run(Example example) throws Exception {
    String command = example.command();
    if (command.startsWith("curl ")) return curl(command);
    if (command.startsWith("./phasewise")) return cli(command.substring("./phasewise".length()));
    return "neither a curl nor a ./phasewise command";
  }

  private String curl(String command) throws Exception {
    if (command.contains(TOKEN_PLACEHOLDER) && token == null) return "needs a token, but no example before it issued one";
    String line = command.replace(README_BASE, base).replace(TOKEN_PLACEHOLDER, String.valueOf(token)).replace(README_HOME, home.toString());
    Finished curl = runToEnd(new ProcessBuilder("bash", "-c", line + " --silent --show-error --write-out '\\n%{http_code}'"));
    if (curl.exit != 0) return "curl exited with " + curl.exit + ": " + curl.err;
    int split = curl.out.lastIndexOf('\n');
    int status = Integer.parseInt(curl.out.substring(split + 1).strip());
    Matcher file = OUTPUT_FILE.matcher(line);
    String body = file.find() ? Files.readString(work.resolve(file.group(1))) : curl.out.substring(0, Math.max(split, 0));
    if (status / 100 != 2) return "HTTP " + status + ": " + shortened(body);
    Matcher secret = SECRET.matcher(body);
    if (token == null && secret.find()) token = secret.group(1);
    return noData(body);
  }

  /** Why {@code body} holds no data although it should: a data array left empty, or a CSV with its header only. */
  private String noData(String body) throws IOException {
    if (body.isBlank()) return "empty answer";
    if (!body.startsWith("{") && !body.startsWith("[")) return body.lines().count() < 2 ? "a CSV without rows: " + shortened(body) : null;
    JsonNode answer = json.readTree(body);
    if (answer.isArray() && answer.isEmpty()) return "an empty list";
    for (String name : DATA_ARRAYS) {
      JsonNode array = answer.get(name);
      if (array != null && array.isArray() && array.isEmpty()) return "\"" + name + "\" is empty: " + shortened(body);
    }
    return null;
  }

  private static String shortened(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }

  private String cli(String arguments) throws Exception {
    String args = arguments.strip();
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String launcher = "'" + java + "' -Duser.home='" + home + "' -cp '" + System.getProperty("java.class.path") + "' "
        + PhasewiseCli.class.getName() + " ";
    if (args.startsWith("serve")) return serve(launcher + PORT_OPTION.matcher(args).replaceFirst("--port " + freePort()));
    Finished cli = runToEnd(new ProcessBuilder("bash", "-c", launcher + args));
    return cli.exit == 0 ? null : "exit " + cli.exit + ": " + shortened(cli.err + cli.out);
  }

  /** Starts a {@code serve} line, waits for its health check to answer, and stops it. */
  private String serve(String line) throws Exception {
    Matcher port = Pattern.compile("--port (\\d+)").matcher(line);
    URI health = URI.create("http://127.0.0.1:" + (port.find() ? port.group(1) : env.get("PHASEWISE_PORT")) + "/");
    Process server = started(new ProcessBuilder("bash", "-c", "exec " + line));
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SERVE_TIMEOUT_SECONDS);
      while (System.nanoTime() < deadline && server.isAlive()) {
        try {
          if (http.get(health, "api/health").statusCode() == 200) return null;
        } catch (IOException notYet) {
          Thread.sleep(500);
        }
      }
      return server.isAlive() ? "no answer on " + health + " within " + SERVE_TIMEOUT_SECONDS + " s" : "exit " + server.exitValue();
    } finally {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private record Finished(int exit, String out, String err) {}

  private Finished runToEnd(ProcessBuilder builder) throws Exception {
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process process = started(builder.redirectOutput(out.toFile()).redirectError(err.toFile()));
    if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Finished(-1, Files.readString(out), "no end within " + COMMAND_TIMEOUT_SECONDS + " s");
    }
    return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Process started(ProcessBuilder builder) throws IOException {
    Map<String, String> environment = builder.directory(work.toFile()).environment();
    environment.putAll(env);
    return builder.start();
  }

  /** Makes {@code dir} look like the clone's root for relative paths, while files the examples write land in {@code dir}. */
  private static void linkCloneInto(Path dir) throws IOException {
    Path clone = Path.of("..").toAbsolutePath().normalize();
    try (Stream<Path> entries = Files.list(clone)) {
      for (Path entry : entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        Files.createSymbolicLink(dir.resolve(entry.getFileName()), entry);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
