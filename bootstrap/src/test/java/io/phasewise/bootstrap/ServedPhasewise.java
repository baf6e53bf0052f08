package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension, registered on a static field: one Phasewise on the embedded PostgreSQL served on a
 * free port for the whole test class, in a home directory of its own that is deleted after the last test.
 */
final class ServedPhasewise implements BeforeAllCallback, AfterAllCallback {
  private Path home;
  private Phasewise app;
  private PhasewiseServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    home = Files.createTempDirectory("phasewise-served");
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0"));
    app = Phasewise.start(settings);
    server = PhasewiseServer.start(app, settings);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (server != null) server.close();
    if (app != null) app.close();
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(ServedPhasewise::delete);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the server answers, e.g. {@code http://127.0.0.1:41234/}. */
  URI baseUri() {
    return server.baseUri();
  }
}
