package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.testing.InMemoryMarket;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The API on Grizzly on a free local port, over the in-memory market, as the bootstrap would serve it. */
final class ApiServer implements AutoCloseable {
  static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  final InMemoryMarket market = new InMemoryMarket(CLOCK);
  final Http http;
  private final HttpServer server;

  private ApiServer(HealthProbe health, LoadImportRunsPort importRuns) {
    RestApi.Dependencies deps = new RestApi.Dependencies(market.register, market.update, market.find, market.list,
        market.delete, market.queryCandles, market.latestCandles, market.importCandles, market.recordTicks,
        new TinyCsvCandleFiles(), importRuns == null ? market.importRuns : importRuns, health, CLOCK);
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:0/"), RestApi.resourceConfig(deps), false);
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test server", e);
    }
    http = new Http(URI.create("http://localhost:" + server.getListeners().iterator().next().getPort()));
  }

  /** The API with a healthy database component and the in-memory import log. */
  static ApiServer start() {
    return new ApiServer(() -> Map.of("database", HealthProbe.ComponentHealth.healthy()), null);
  }

  static ApiServer start(HealthProbe health) {
    return new ApiServer(health, null);
  }

  /** The API reading import runs through {@code importRuns}, e.g. a port that fails. */
  static ApiServer start(LoadImportRunsPort importRuns) {
    return new ApiServer(() -> Map.of(), importRuns);
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
