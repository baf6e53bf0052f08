package io.phasewise.adapters.rest;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: the test class's {@link ApiServer} over the in-memory market. Registered on a
 * static field it serves the whole class (started before the first test, stopped after the last);
 * on an instance field each test gets a fresh one.
 */
final class ApiServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private ApiServer api;
  private boolean perTest;

  @Override
  public void beforeAll(ExtensionContext context) {
    api = ApiServer.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (api == null) {
      api = ApiServer.start();
      perTest = true;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) stop();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (api != null) stop();
  }

  private void stop() {
    api.close();
    api = null;
  }

  /** The running server, for its in-memory stores and use cases. */
  ApiServer api() {
    return api;
  }

  /** A client of the running server. */
  Http http() {
    return api.http;
  }

  /** A client of the running server calling as the operator (an admin with every scope), for writes to shared data. */
  Http admin() {
    return api.admin;
  }
}
