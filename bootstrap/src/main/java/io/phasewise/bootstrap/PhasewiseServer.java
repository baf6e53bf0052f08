package io.phasewise.bootstrap;

import io.phasewise.adapters.rest.RestApi;
import io.phasewise.adapters.rest.browser.AllowedHosts;
import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.adapters.rest.health.HealthProbe.ComponentHealth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

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
    URI requested = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
    ServerLimits limits = settings.limits();
    AtomicInteger boundPort = new AtomicInteger(settings.port());
    ResourceConfig api = RestApi.resourceConfig(app.useCases(), databaseProbe(app), app.infrastructure().clock(),
        new AllowedHosts(settings.host(), settings.allowedHosts(), boundPort::get), limits.bodies());
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, api, false);
    NetworkListener listener = server.getListener("grizzly");
    listener.registerAddOn(new DeclineH2cUpgrade());
    listener.getTransport().setReadTimeout(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    ServerConfiguration routes = server.getServerConfiguration();
    HttpHandler jersey = routes.getHttpHandlersWithMapping().keySet().iterator().next();
    routes.removeHttpHandler(jersey);
    routes.addHttpHandler(new BodyThreads(new RefuseUnusableHost(jersey), limits.uploadThreads()), HttpHandlerRegistration.ROOT);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + requested, e);
    }
    int port = listener.getPort();
    boundPort.set(port);
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
