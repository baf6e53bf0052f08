package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.service.ListImportRunsService;
import io.phasewise.application.testing.InMemoryMarket;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The API on Grizzly on a free local port, over the in-memory market, as the bootstrap would serve it. */
final class ApiServer implements AutoCloseable {
  static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final HealthProbe HEALTHY = () -> Map.of("database", HealthProbe.ComponentHealth.healthy());

  final InMemoryMarket market = new InMemoryMarket(CLOCK);
  final Http http;
  private final HttpServer server;

  private ApiServer(Function<InMemoryMarket, RestApi.Dependencies> wiring) {
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:0/"),
        RestApi.resourceConfig(wiring.apply(market)), false);
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test server", e);
    }
    http = new Http(URI.create("http://localhost:" + server.getListeners().iterator().next().getPort()));
  }

  /** The API over the in-memory market with a healthy database component. */
  static ApiServer start() {
    return new ApiServer(m -> wiring(m, HEALTHY, m.importRuns, m.delete));
  }

  static ApiServer start(HealthProbe health) {
    return new ApiServer(m -> wiring(m, health, m.importRuns, m.delete));
  }

  /** The API reading import runs through {@code importRuns}, e.g. a port that fails. */
  static ApiServer start(LoadImportRunsPort importRuns) {
    return new ApiServer(m -> wiring(m, HEALTHY, importRuns, m.delete));
  }

  /** The API deleting assets through {@code delete}, e.g. a use case that refuses. */
  static ApiServer start(DeleteAssetUseCase delete) {
    return new ApiServer(m -> wiring(m, HEALTHY, m.importRuns, delete));
  }

  private static RestApi.Dependencies wiring(InMemoryMarket m, HealthProbe health, LoadImportRunsPort importRuns,
      DeleteAssetUseCase delete) {
    return new RestApi.Dependencies(m.register, m.update, m.find, m.list, delete, m.queryCandles, m.latestCandles,
        m.importCandles, m.recordTicks, new TinyCsvCandleFiles(), new ListImportRunsService(m.assets, importRuns),
        new RestApi.Analytics(m.queryIndicator, m.recomputeSnapshots, m.querySnapshots),
        new RestApi.Phases(m.phases.query, m.phases.recompute), token -> java.util.Optional.empty(), health, CLOCK);
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
