package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.browser.AllowedHosts;
import io.phasewise.adapters.rest.health.HealthProbe;
import io.phasewise.application.UseCases;
import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.in.GrantRoleCommand;
import io.phasewise.application.account.port.in.IssueApiTokenCommand;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.application.dashboard.DashboardUseCases;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.testing.InMemoryAccounts;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPipeline;
import io.phasewise.application.testing.InMemoryPortfolio;
import io.phasewise.application.testing.InMemorySentiment;
import io.phasewise.application.testing.InMemoryWebhooks;
import io.phasewise.application.testing.TinyCsvCandleFiles;
import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.indicator.IndicatorRegistry;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The API on Grizzly on a free local port, over the in-memory market, as the bootstrap would serve it. */
final class ApiServer implements AutoCloseable {
  static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final HealthProbe HEALTHY = () -> Map.of("database", HealthProbe.ComponentHealth.healthy());
  /** Test users and their fixed tokens: {@code Authorization: Bearer <token>} authenticates as the user. */
  static final UserId ALICE = UserId.parse("00000000-0000-4000-8000-0000000a11ce");
  static final UserId BOB = UserId.parse("00000000-0000-4000-8000-000000000b0b");
  static final UserId GUEST = UserId.parse("00000000-0000-4000-8000-00000000de57");
  static final UserId ADMIN = UserId.parse("00000000-0000-4000-8000-0000000ad000");
  /** Alice and Bob are users whose tokens read and write. */
  static final String ALICE_TOKEN = "test-token-alice";
  static final String BOB_TOKEN = "test-token-bob";
  /** Alice's token that may only read. */
  static final String ALICE_READ_TOKEN = "test-token-alice-read";
  static final String GUEST_TOKEN = "test-token-guest";
  /** The operator's token with every scope, for writes to shared market data. */
  static final String ADMIN_TOKEN = "test-token-admin";
  /** The operator's tokens without the ADMIN scope. */
  static final String ADMIN_READ_WRITE_TOKEN = "test-token-admin-rw";
  static final String ADMIN_READ_TOKEN = "test-token-admin-read";
  private static final Map<String, Caller> TEST_CALLERS = Map.of(
      ALICE_TOKEN, new Caller(ALICE, Role.USER, Role.USER.scopes()),
      BOB_TOKEN, new Caller(BOB, Role.USER, Role.USER.scopes()),
      ALICE_READ_TOKEN, new Caller(ALICE, Role.USER, Set.of(Scope.READ)),
      GUEST_TOKEN, new Caller(GUEST, Role.GUEST, Role.GUEST.scopes()),
      ADMIN_TOKEN, new Caller(ADMIN, Role.ADMIN, Role.ADMIN.scopes()),
      ADMIN_READ_WRITE_TOKEN, new Caller(ADMIN, Role.ADMIN, Role.ADMIN.defaultScopes()),
      ADMIN_READ_TOKEN, new Caller(ADMIN, Role.ADMIN, Set.of(Scope.READ)));

  /** The extra host names the test server answers to, as an operator would list them in {@code PHASEWISE_ALLOWED_HOSTS}. */
  static final List<String> ALLOWED = List.of("phasewise.example.org", "proxy.example.org:8443");

  final InMemoryMarket market;
  final InMemoryWebhooks webhooks;
  final InMemoryAccounts accounts;
  final InMemoryPipeline pipeline;
  final Http http;
  /** A client that calls as the operator with {@link #ADMIN_TOKEN}, for writes to shared data. */
  final Http admin;
  /** The served API as registered, for tests that compare it with its OpenAPI document. */
  final ResourceConfig config;
  private final HttpServer server;

  private ApiServer(IndicatorRegistry indicators, HealthProbe health, Function<ApiServer, UseCases> wiring) {
    market = new InMemoryMarket(CLOCK, indicators);
    webhooks = new InMemoryWebhooks(market);
    accounts = new InMemoryAccounts(market);
    pipeline = new InMemoryPipeline(market, webhooks);
    AtomicInteger port = new AtomicInteger();
    config = RestApi.resourceConfig(wiring.apply(this), health, CLOCK, new AllowedHosts("localhost", ALLOWED, port::get));
    server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://localhost:0/"), config, false);
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the test server", e);
    }
    port.set(server.getListeners().iterator().next().getPort());
    http = new Http(URI.create("http://localhost:" + port.get()));
    admin = http.as(ADMIN_TOKEN);
  }

  /** The API over the in-memory market with a healthy database component. */
  static ApiServer start() {
    return new ApiServer(IndicatorRegistry.standard(), HEALTHY, s -> wiring(s, s.market.importRuns, s.market.useCases.deleteAsset()));
  }

  /** The API computing the indicators of {@code indicators}, e.g. with an embedder's own registered. */
  static ApiServer start(IndicatorRegistry indicators) {
    return new ApiServer(indicators, HEALTHY, s -> wiring(s, s.market.importRuns, s.market.useCases.deleteAsset()));
  }

  static ApiServer start(HealthProbe health) {
    return new ApiServer(IndicatorRegistry.standard(), health, s -> wiring(s, s.market.importRuns, s.market.useCases.deleteAsset()));
  }

  /** The API reading import runs through {@code importRuns}, e.g. a port that fails. */
  static ApiServer start(LoadImportRunsPort importRuns) {
    return new ApiServer(IndicatorRegistry.standard(), HEALTHY, s -> wiring(s, importRuns, s.market.useCases.deleteAsset()));
  }

  /** The API deleting assets through {@code delete}, e.g. a use case that refuses. */
  static ApiServer start(DeleteAssetUseCase delete) {
    return new ApiServer(IndicatorRegistry.standard(), HEALTHY, s -> wiring(s, s.market.importRuns, delete));
  }

  /** Every context's use cases as the in-memory composites wire them, with the test's import log, deletion, tokens. */
  private static UseCases wiring(ApiServer s, LoadImportRunsPort importRuns, DeleteAssetUseCase delete) {
    InMemoryMarket m = s.market;
    InMemorySentiment sentiment = new InMemorySentiment(m, SentimentWeights.defaults(), new TinySentimentFiles());
    return new UseCases(market(m, importRuns, delete), m.indicators, m.snapshotUseCases, sentiment.useCases,
        accounts(s.accounts.useCases), s.accounts.watchlistUseCases, s.webhooks.useCases, m.phases.useCases,
        s.pipeline.useCases,
        DashboardUseCases.wire(s.accounts.watchlistPorts, m.ports, m.phases.ports, m.snapshotPorts),
        new InMemoryPortfolio(m, sentiment.useCases).useCases);
  }

  /** The market's use cases, reading import runs through {@code importRuns} and deleting through {@code delete}. */
  private static MarketUseCases market(InMemoryMarket m, LoadImportRunsPort importRuns, DeleteAssetUseCase delete) {
    MarketPorts p = m.ports;
    MarketPorts logged = new MarketPorts(p.loadAssets(), p.saveAssets(), p.deleteAssets(), p.loadCandles(),
        p.loadDailyCloses(), p.saveCandles(), p.loadTicks(), p.saveTicks(), importRuns, p.saveImportRuns(), p.tx());
    MarketUseCases u = MarketUseCases.wire(logged, new TinyCsvCandleFiles(), m.infra, m.snapshotUseCases.recompute()::recomputeFrom);
    return new MarketUseCases(u.registerAsset(), u.updateAsset(), u.findAsset(), u.listAssets(), delete, u.importCandles(),
        u.importCandleFile(), u.importSymbolFile(), u.recordTicks(), u.queryCandles(), u.queryDailyCloses(), u.latestCandles(),
        u.listImportRuns());
  }

  /** The account use cases, also authenticating the fixed test tokens. */
  private static AccountUseCases accounts(AccountUseCases a) {
    AuthenticateUseCase authenticate =
        token -> Optional.ofNullable(TEST_CALLERS.get(token)).or(() -> a.authenticate().identify(token));
    return new AccountUseCases(a.registerUser(), a.findUser(), a.updateSettings(), a.issueToken(), a.listTokens(),
        a.revokeToken(), authenticate, a.grantRole());
  }

  /** Signs {@code email} up, makes the user an admin and returns the secret of a new token with {@code scopes}. */
  String signedUpAdmin(String email, Set<Scope> scopes) {
    AccountUseCases a = accounts.useCases;
    Registration registered = a.registerUser().register(new RegisterUserCommand(EmailAddress.of(email), null)).get();
    a.grantRole().grant(new GrantRoleCommand(registered.user().email(), Role.ADMIN)).get();
    return a.issueToken().issue(new IssueApiTokenCommand(registered.user().id(), "operator", scopes)).get().secret().value();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
