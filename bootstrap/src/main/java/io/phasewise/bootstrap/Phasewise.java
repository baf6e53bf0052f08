package io.phasewise.bootstrap;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.portfolio.PortfolioPersistence;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.alert.AlertPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.phase.PhasePersistence;
import io.phasewise.adapters.persistence.pipeline.PipelinePersistence;
import io.phasewise.adapters.persistence.sentiment.SentimentPersistence;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import io.phasewise.adapters.providers.csv.CsvCandleFileReader;
import io.phasewise.adapters.providers.sentiment.SentimentFileReader;
import io.phasewise.adapters.providers.statement.LedgerCsvWriter;
import io.phasewise.adapters.providers.statement.StatementFileReader;
import io.phasewise.adapters.providers.webhook.DnsHostResolver;
import io.phasewise.adapters.providers.webhook.HttpWebhookSender;
import io.phasewise.application.UseCases;
import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.account.service.TokenCache;
import io.phasewise.application.alert.AlertUseCases;
import io.phasewise.application.alert.WebhookTransport;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.application.dashboard.DashboardUseCases;
import io.phasewise.application.indicator.IndicatorUseCases;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.phase.PhasePorts;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.application.pipeline.PipelineUseCases;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.sentiment.SentimentPorts;
import io.phasewise.application.sentiment.SentimentUseCases;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.snapshot.SnapshotPorts;
import io.phasewise.application.snapshot.SnapshotUseCases;
import io.phasewise.application.watchlist.WatchlistPorts;
import io.phasewise.application.watchlist.WatchlistUseCases;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole application: the database (embedded unless configured), the persistence adapters, the
 * providers and every context's use cases, each built by its context's {@code wire}. This is what an
 * embedding app builds too; it sees use cases only, never a port.
 */
public final class Phasewise implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Phasewise.class);
  private static final int POOL_SIZE = 10;
  /** How long a token authenticates from memory; other instances see a revocation within this time. */
  private static final Duration TOKEN_CACHE_TIME = Duration.ofSeconds(30);
  private static final int TOKEN_CACHE_ENTRIES = 10_000;

  private final Optional<EmbeddedDatabase> embedded;
  private final PostgresPersistence persistence;
  private final Infrastructure infrastructure;
  private final UseCases useCases;

  private Phasewise(Optional<EmbeddedDatabase> embedded, PostgresPersistence persistence, PhasewiseSettings settings,
      Infrastructure infrastructure, boolean serving) {
    this.embedded = embedded;
    this.persistence = persistence;
    this.infrastructure = infrastructure;
    this.useCases = wire(persistence, settings, infrastructure, serving);
  }

  /** Like {@link #start(PhasewiseSettings, Infrastructure)} on the system clock, random ids and every processor. */
  public static Phasewise start(PhasewiseSettings settings) {
    return start(settings, SystemInfrastructure.create());
  }

  /**
   * Starts the database (embedded unless an external one is configured; the embedded one of a Phasewise
   * already running on the same home is joined), migrates it and wires everything on
   * {@code infrastructure}: its clock, ids and threads are the only ones the use cases use.
   */
  public static Phasewise start(PhasewiseSettings settings, Infrastructure infrastructure) {
    return start(settings, infrastructure, EmbeddedDatabase::startOrJoin, false);
  }

  /**
   * Like {@link #start(PhasewiseSettings)} for {@code serve}: owns the embedded database (refused with a
   * one-line reason when another Phasewise runs it, since the server must outlive the commands that
   * join it) and logs each on-demand pipeline run on the console.
   */
  static Phasewise startServing(PhasewiseSettings settings) {
    return start(settings, SystemInfrastructure.create(), EmbeddedDatabase::start, true);
  }

  private static Phasewise start(PhasewiseSettings settings, Infrastructure infrastructure,
      Function<Path, EmbeddedDatabase> embeddedServer, boolean serving) {
    Optional<EmbeddedDatabase> embedded = settings.externalDb().isPresent()
        ? Optional.empty()
        : Optional.of(embeddedServer.apply(settings.embeddedDataDirectory()));
    DatabaseSettings db = settings.externalDb()
        .map(x -> new DatabaseSettings(x.jdbcUrl(), x.user(), x.password(), POOL_SIZE))
        .orElseGet(() -> new DatabaseSettings(embedded.get().jdbcUrl(), embedded.get().user(), embedded.get().password(),
            POOL_SIZE));
    try {
      long started = System.nanoTime();
      PostgresPersistence persistence = PostgresPersistence.start(db);
      LOG.info("database schema migrated in {}", Elapsed.since(started));
      return new Phasewise(embedded, persistence, settings, infrastructure, serving);
    } catch (RuntimeException e) {
      embedded.ifPresent(EmbeddedDatabase::close);
      throw e;
    }
  }

  /**
   * Every context's use cases on PostgreSQL and the providers; a new context adds its {@code wire} line
   * here. A {@code serving} Phasewise logs its on-demand pipeline runs.
   */
  private static UseCases wire(PostgresPersistence db, PhasewiseSettings settings, Infrastructure infra,
      boolean serving) {
    MarketPorts market = db.ports(MarketPersistence.MODULE);
    SnapshotPorts snapshotPorts = db.ports(SnapshotPersistence.MODULE);
    SentimentPorts sentimentPorts = db.ports(SentimentPersistence.MODULE);
    WatchlistPorts watchlistPorts = db.ports(WatchlistPersistence.MODULE);
    PhasePorts phasePorts = db.ports(PhasePersistence.MODULE);
    SnapshotUseCases snapshots = SnapshotUseCases.wire(snapshotPorts, market, infra);
    PhaseUseCases phases = PhaseUseCases.wire(phasePorts, market, sentimentPorts.loadSentiment(), infra,
        settings.sentimentWeights());
    MarketUseCases marketUseCases = MarketUseCases.wire(market, new CsvCandleFileReader(), infra,
        settings.snapshotsOnImport() ? snapshots.followCandles() : CandlesChangedPort.NONE,
        settings.phasesOnImport() ? phases.followImports() : CandlesChangedPort.NONE);
    AlertUseCases alerts = AlertUseCases.wire(db.ports(AlertPersistence.MODULE), market, infra,
        webhookTransport(settings.webhooks()));
    SentimentUseCases sentiment = SentimentUseCases.wire(sentimentPorts, market, infra, new SentimentFileReader(),
        settings.sentimentWeights());
    return new UseCases(
        marketUseCases,
        IndicatorUseCases.wire(market, marketUseCases, settings.indicators()),
        snapshots,
        sentiment,
        AccountUseCases.wire(db.ports(AccountPersistence.MODULE), infra,
            new TokenCache(TOKEN_CACHE_TIME, TOKEN_CACHE_ENTRIES)),
        WatchlistUseCases.wire(watchlistPorts, infra),
        alerts,
        phases,
        logged(PipelineUseCases.wire(db.ports(PipelinePersistence.MODULE), market, snapshots.recompute(),
            phases.recompute(), alerts.dispatch(), infra), serving),
        DashboardUseCases.wire(watchlistPorts, market, phasePorts, snapshotPorts),
        PortfolioUseCases.wire(db.ports(PortfolioPersistence.MODULE), new StatementFileReader(), new LedgerCsvWriter(), infra, marketUseCases, phases, snapshots, sentiment));
  }

  private static PipelineUseCases logged(PipelineUseCases pipeline, boolean serving) {
    return serving ? new PipelineUseCases(new LoggedPipelineRuns(pipeline.run()), pipeline.runs()) : pipeline;
  }

  private static WebhookTransport webhookTransport(WebhookSettings webhooks) {
    return new WebhookTransport(HttpWebhookSender.standard(), new DnsHostResolver(),
        WebhookUrlPolicy.allowing(webhooks.allowLoopback(), webhooks.allowPrivate()),
        DispatchWebhooksService.Options.standard().withLease(webhooks.lease()));
  }

  /**
   * Every context's use cases, e.g. {@code useCases().market().registerAsset()}; the sentiment meter is
   * weighted with {@link PhasewiseSettings#sentimentWeights()}, and runs of the pipeline never overlap.
   */
  public UseCases useCases() {
    return useCases;
  }

  /** The clock, ids and threads everything here runs on (the REST API reads its "now" from this clock too). */
  public Infrastructure infrastructure() {
    return infrastructure;
  }

  /** The connection pool, for health checks and benchmarks. */
  public DataSource dataSource() {
    return persistence.dataSource();
  }

  @Override
  public void close() {
    try {
      persistence.close();
    } finally {
      embedded.ifPresent(EmbeddedDatabase::close);
    }
  }
}
