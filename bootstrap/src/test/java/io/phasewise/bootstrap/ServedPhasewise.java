package io.phasewise.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension, registered on a static field: one Phasewise on the embedded PostgreSQL served on a
 * free port for the whole test class, its home the class's static {@code @TempDir} (filled in by JUnit
 * before this extension starts, deleted by JUnit after it stops).
 */
final class ServedPhasewise implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<Path> home;
  private Phasewise app;
  private PhasewiseServer server;
  private String adminToken;

  ServedPhasewise(Supplier<Path> home) {
    this.home = home;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.get().toString(), "PHASEWISE_PORT", "0"));
    app = Phasewise.start(settings);
    server = PhasewiseServer.start(app, settings);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) server.close();
    if (app != null) app.close();
  }

  /** Where the server answers, e.g. {@code http://127.0.0.1:41234/}. */
  URI baseUri() {
    return server.baseUri();
  }

  /** A token with every scope of an operator made admin for this class, issued on first use. */
  synchronized String adminToken() {
    if (adminToken == null) adminToken = newAdminToken();
    return adminToken;
  }

  /** A token with every scope of a new operator made admin. */
  String newAdminToken() {
    return Operators.adminToken(app);
  }
}
