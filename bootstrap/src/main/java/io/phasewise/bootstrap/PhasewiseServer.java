package io.phasewise.bootstrap;

import io.phasewise.adapters.rest.RestApi;
import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.adapters.rest.health.HealthProbe.ComponentHealth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The REST API of a {@link Phasewise} served by Grizzly on the configured host and port. */
public final class PhasewiseServer implements AutoCloseable {
  private final HttpServer server;
  private final URI baseUri;

  private PhasewiseServer(HttpServer server, URI baseUri) {
    this.server = server;
    this.baseUri = baseUri;
  }

  /** Starts serving; port 0 picks a free port (see {@link #baseUri()}). */
  public static PhasewiseServer start(Phasewise app, PhasewiseSettings settings) {
    RestApi.Dependencies deps = new RestApi.Dependencies(app.registerAsset(), app.updateAsset(), app.findAsset(),
        app.listAssets(), app.deleteAsset(), app.queryCandles(), app.latestCandles(), app.importCandleFile(),
        app.recordTicks(), app.listImportRuns(),
        new RestApi.Analytics(app.queryIndicator(), app.recomputeSnapshots(), app.querySnapshots()),
        new RestApi.Sentiment(app.registerSentimentSource(), app.listSentimentSources(), app.recordSentiment(),
            app.importSentimentFile(), app.querySentiment()),
        new RestApi.Accounts(app.registerUser(), app.findUser(), app.updateUserSettings(), app.issueApiToken(),
            app.listApiTokens(), app.revokeApiToken(), app.manageWatchlist()),
        new RestApi.Webhooks(app.manageWebhooks(), app.listWebhookDeliveries()),
        new RestApi.Phases(app.queryPhases(), app.recomputePhases()),
        new RestApi.Pipeline(app.runPipeline(), app.listPipelineRuns()), app.queryDashboard(), app.authenticate(),
        databaseProbe(app),
        Clock.systemUTC());
    URI requested = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, RestApi.resourceConfig(deps), false);
    server.getListener("grizzly").registerAddOn(new DeclineH2cUpgrade());
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + requested, e);
    }
    int port = server.getListener("grizzly").getPort();
    return new PhasewiseServer(server, URI.create("http://" + settings.host() + ":" + port + "/"));
  }

  private static HealthProbe databaseProbe(Phasewise app) {
    return () -> {
      try (Connection c = app.dataSource().getConnection()) {
        return Map.of("database", c.isValid(2) ? ComponentHealth.healthy() : ComponentHealth.down("connection not valid"));
      } catch (SQLException e) {
        return Map.of("database", ComponentHealth.down(e.getMessage()));
      }
    };
  }

  public URI baseUri() {
    return baseUri;
  }

  @Override
  public void close() {
    server.shutdown(5, TimeUnit.SECONDS);
  }
}
