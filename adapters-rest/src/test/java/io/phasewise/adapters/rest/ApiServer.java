package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.dashboard.service.QueryDashboardService;
import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.service.ImportCandleFileService;
import io.phasewise.application.market.service.ListImportRunsService;
import io.phasewise.application.testing.InMemoryAccounts;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPipeline;
import io.phasewise.application.testing.InMemorySentiment;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.application.testing.InMemoryWebhooks;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.indicator.IndicatorRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The API on Grizzly on a free local port, over the in-memory market, as the bootstrap would serve it. */
final class ApiServer implements AutoCloseable {
  static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final HealthProbe HEALTHY = () -> Map.of("database", HealthProbe.ComponentHealth.healthy());
  /** Test users and their fixed tokens: {@code Authorization: Bearer <token>} authenticates as the user. */
  static final UserId ALICE = UserId.parse("00000000-0000-4000-8000-0000000a11ce");
  static final UserId BOB = UserId.parse("00000000-0000-4000-8000-000000000b0b");
  static final String ALICE_TOKEN = "test-token-alice";
  static final String BOB_TOKEN = "test-token-bob";
  private static final Map<String, UserId> TEST_USERS = Map.of(ALICE_TOKEN, ALICE, BOB_TOKEN, BOB);
  private static final AuthenticateUseCase TEST_TOKENS = token -> Optional.ofNullable(TEST_USERS.get(token));

  final InMemoryMarket market;
  final InMemoryWebhooks webhooks;
  final InMemoryAccounts accounts;
  final InMemoryPipeline pipeline;
  final Http http;
  private final HttpServer server;

  private ApiServer(Function<ApiServer, RestApi.Dependencies> wiring) {
    this(IndicatorRegistry.standard(), wiring);
  }

  private ApiServer(IndicatorRegistry indicators, Function<ApiServer, RestApi.Dependencies> wiring) {
    market = new InMemoryMarket(CLOCK, indicators);
    webhooks = new InMemoryWebhooks(CLOCK, market.assets);
    accounts = new InMemoryAccounts(market, CLOCK);
    pipeline = new InMemoryPipeline(market, webhooks, CLOCK);
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:0/"),
        RestApi.resourceConfig(wiring.apply(this)), false);
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test server", e);
    }
    http = new Http(URI.create("http://localhost:" + server.getListeners().iterator().next().getPort()));
  }

  /** The API over the in-memory market with a healthy database component. */
  static ApiServer start() {
    return new ApiServer(s -> wiring(s, HEALTHY, s.market.importRuns, s.market.delete));
  }

  /** The API computing the indicators of {@code indicators}, e.g. with an embedder's own registered. */
  static ApiServer start(IndicatorRegistry indicators) {
    return new ApiServer(indicators, s -> wiring(s, HEALTHY, s.market.importRuns, s.market.delete));
  }

  static ApiServer start(HealthProbe health) {
    return new ApiServer(s -> wiring(s, health, s.market.importRuns, s.market.delete));
  }

  /** The API reading import runs through {@code importRuns}, e.g. a port that fails. */
  static ApiServer start(LoadImportRunsPort importRuns) {
    return new ApiServer(s -> wiring(s, HEALTHY, importRuns, s.market.delete));
  }

  /** The API deleting assets through {@code delete}, e.g. a use case that refuses. */
  static ApiServer start(DeleteAssetUseCase delete) {
    return new ApiServer(s -> wiring(s, HEALTHY, s.market.importRuns, delete));
  }

  private static RestApi.Dependencies wiring(ApiServer s, HealthProbe health, LoadImportRunsPort importRuns,
      DeleteAssetUseCase delete) {
    InMemoryMarket m = s.market;
    InMemorySentiment sentiment = new InMemorySentiment(m, CLOCK, SentimentWeights.defaults(), new TinySentimentFiles());
    return new RestApi.Dependencies(m.register, m.update, m.find, m.list, delete, m.queryCandles, m.latestCandles,
        new ImportCandleFileService(m.assets, new TinyCsvCandleFiles(), m.importCandles), m.recordTicks,
        new ListImportRunsService(m.assets, importRuns),
        new RestApi.Analytics(m.queryIndicator, m.recomputeSnapshots, m.querySnapshots),
        new RestApi.Sentiment(sentiment.registerSource, sentiment.listSources, sentiment.record, sentiment.importFile,
            sentiment.query),
        accounts(s.accounts), new RestApi.Webhooks(s.webhooks.manage, s.webhooks.deliveries),
        new RestApi.Phases(m.phases.query, m.phases.recompute),
        new RestApi.Pipeline(s.pipeline.run, s.pipeline.list),
        new QueryDashboardService(s.accounts.watchlists, m.assets, m.phases.store, m.snapshots),
        token -> TEST_TOKENS.authenticate(token).or(() -> s.accounts.authenticate.authenticate(token)), health, CLOCK);
  }

  /** The account and watchlist use cases over in-memory fakes sharing the market's assets. */
  private static RestApi.Accounts accounts(InMemoryAccounts a) {
    return new RestApi.Accounts(a.register, a.find, a.updateSettings, a.issueToken, a.listTokens, a.revokeToken, a.watchlist);
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
