package io.phasewise.bootstrap;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.alert.AlertPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.phase.PhasePersistence;
import io.phasewise.adapters.persistence.sentiment.SentimentPersistence;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import io.phasewise.adapters.providers.csv.CsvCandleFileReader;
import io.phasewise.adapters.providers.sentiment.SentimentFileReader;
import io.phasewise.adapters.providers.webhook.DnsHostResolver;
import io.phasewise.adapters.providers.webhook.HttpWebhookSender;
import io.phasewise.application.account.port.in.AuthenticateUseCase;
import io.phasewise.application.account.port.in.FindUserUseCase;
import io.phasewise.application.account.port.in.IssueApiTokenUseCase;
import io.phasewise.application.account.port.in.ListApiTokensUseCase;
import io.phasewise.application.account.port.in.RegisterUserUseCase;
import io.phasewise.application.account.port.in.RevokeApiTokenUseCase;
import io.phasewise.application.account.port.in.UpdateUserSettingsUseCase;
import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.service.AuthenticateService;
import io.phasewise.application.account.service.FindUserService;
import io.phasewise.application.account.service.IssueApiTokenService;
import io.phasewise.application.account.service.ListApiTokensService;
import io.phasewise.application.account.service.RegisterUserService;
import io.phasewise.application.account.service.RevokeApiTokenService;
import io.phasewise.application.account.service.TokenCache;
import io.phasewise.application.account.service.UpdateUserSettingsService;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.in.ListWebhookDeliveriesUseCase;
import io.phasewise.application.alert.port.in.ManageWebhooksUseCase;
import io.phasewise.application.alert.port.out.ResolveHostPort;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.application.alert.service.ListWebhookDeliveriesService;
import io.phasewise.application.alert.service.ManageWebhooksService;
import io.phasewise.application.dashboard.port.in.QueryDashboardUseCase;
import io.phasewise.application.dashboard.service.QueryDashboardService;
import io.phasewise.application.indicator.port.in.QueryIndicatorUseCase;
import io.phasewise.application.indicator.service.QueryIndicatorService;
import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.ImportCandlesUseCase;
import io.phasewise.application.market.port.in.LatestCandlesUseCase;
import io.phasewise.application.market.port.in.ListAssetsUseCase;
import io.phasewise.application.market.port.in.ListImportRunsUseCase;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.market.port.in.RecordTicksUseCase;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.market.port.in.UpdateAssetUseCase;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.application.market.service.DeleteAssetService;
import io.phasewise.application.market.service.FindAssetService;
import io.phasewise.application.market.service.ImportCandlesService;
import io.phasewise.application.market.service.LatestCandlesService;
import io.phasewise.application.market.service.ListAssetsService;
import io.phasewise.application.market.service.ListImportRunsService;
import io.phasewise.application.market.service.QueryCandlesService;
import io.phasewise.application.market.service.RecordTicksService;
import io.phasewise.application.market.service.RegisterAssetService;
import io.phasewise.application.market.service.UpdateAssetService;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.service.QueryPhasesService;
import io.phasewise.application.phase.service.RecomputePhasesService;
import io.phasewise.application.pipeline.port.in.ListPipelineRunsUseCase;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.pipeline.service.ListPipelineRunsService;
import io.phasewise.application.pipeline.service.RunPipelineService;
import io.phasewise.application.pipeline.step.PhasesStep;
import io.phasewise.application.pipeline.step.SnapshotsStep;
import io.phasewise.application.pipeline.step.WebhooksStep;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileUseCase;
import io.phasewise.application.sentiment.port.in.ListSentimentSourcesUseCase;
import io.phasewise.application.sentiment.port.in.QuerySentimentUseCase;
import io.phasewise.application.sentiment.port.in.RecordSentimentUseCase;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceUseCase;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.service.ImportSentimentFileService;
import io.phasewise.application.sentiment.service.ListSentimentSourcesService;
import io.phasewise.application.sentiment.service.QuerySentimentService;
import io.phasewise.application.sentiment.service.RecordSentimentService;
import io.phasewise.application.sentiment.service.RegisterSentimentSourceService;
import io.phasewise.application.shared.Ticker;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.service.QuerySnapshotsService;
import io.phasewise.application.snapshot.service.RecomputeSnapshotsService;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.application.watchlist.service.ManageWatchlistService;
import io.phasewise.domain.account.TokenSecretGenerator;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.phase.TitForTatClassifier;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The whole application wired by hand: the database (embedded unless configured), the persistence
 * adapters, the providers and every use case. This is what an embedding app builds too.
 */
public final class Phasewise implements AutoCloseable {
  private static final int POOL_SIZE = 10;
  /** How long a token authenticates from memory; other instances see a revocation within this time. */
  private static final Duration TOKEN_CACHE_TIME = Duration.ofSeconds(30);
  private static final int TOKEN_CACHE_ENTRIES = 10_000;

  private final Optional<EmbeddedDatabase> embedded;
  private final PostgresPersistence persistence;
  private final MarketPersistence market;
  private final ReadCandleFilePort readCandleFile = new CsvCandleFileReader();
  private final RegisterAssetUseCase registerAsset;
  private final UpdateAssetUseCase updateAsset;
  private final FindAssetUseCase findAsset;
  private final ListAssetsUseCase listAssets;
  private final DeleteAssetUseCase deleteAsset;
  private final ImportCandlesUseCase importCandles;
  private final RecordTicksUseCase recordTicks;
  private final QueryCandlesUseCase queryCandles;
  private final LatestCandlesUseCase latestCandles;
  private final ListImportRunsUseCase listImportRuns;
  private final QueryIndicatorUseCase queryIndicator;
  private final RecomputeSnapshotsUseCase recomputeSnapshots;
  private final QuerySnapshotsUseCase querySnapshots;
  private final RegisterSentimentSourceUseCase registerSentimentSource;
  private final ListSentimentSourcesUseCase listSentimentSources;
  private final RecordSentimentUseCase recordSentiment;
  private final ImportSentimentFileUseCase importSentimentFile;
  private final QuerySentimentUseCase querySentiment;
  private final WatchlistPersistence watchlists;
  private final RegisterUserUseCase registerUser;
  private final FindUserUseCase findUser;
  private final UpdateUserSettingsUseCase updateUserSettings;
  private final IssueApiTokenUseCase issueApiToken;
  private final ListApiTokensUseCase listApiTokens;
  private final RevokeApiTokenUseCase revokeApiToken;
  private final AuthenticateUseCase authenticate;
  private final ManageWatchlistUseCase manageWatchlist;

  private final ManageWebhooksUseCase manageWebhooks;
  private final ListWebhookDeliveriesUseCase listWebhookDeliveries;
  private final DispatchWebhooksUseCase dispatchWebhooks;

  private final RecomputePhasesUseCase recomputePhases;
  private final QueryPhasesUseCase queryPhases;

  private final RunPipelineUseCase runPipeline;
  private final ListPipelineRunsUseCase listPipelineRuns;
  private final QueryDashboardUseCase queryDashboard;

  private Phasewise(Optional<EmbeddedDatabase> embedded, PostgresPersistence persistence, boolean snapshotsOnImport,
      WebhookSettings webhooks, Clock clock, SentimentWeights sentimentWeights) {
    this.embedded = embedded;
    this.persistence = persistence;
    this.market = persistence.market();
    TransactionPort tx = persistence.transactions();
    LoadAssetsPort assets = market.loadAssets();
    LoadCandlesPort candles = market.loadCandles();
    SnapshotEngine engine = SnapshotEngine.standard();
    AssetBatch batch = new AssetBatch(Runtime.getRuntime().availableProcessors(), Ticker.system());
    registerAsset = new RegisterAssetService(assets, market.saveAssets(), tx, clock);
    updateAsset = new UpdateAssetService(market.saveAssets(), tx, clock);
    findAsset = new FindAssetService(assets);
    listAssets = new ListAssetsService(assets);
    deleteAsset = new DeleteAssetService(market.deleteAssets(), tx);
    SnapshotPersistence snapshots = persistence.snapshots();
    LoadSnapshotsPort loadSnapshots = snapshots.loadSnapshots();
    recomputeSnapshots = new RecomputeSnapshotsService(assets, candles, snapshots.saveSnapshots(), loadSnapshots, tx, engine,
        batch);
    CandlesChangedPort followCandles = snapshotsOnImport ? new SnapshotsFollowCandles(recomputeSnapshots) : CandlesChangedPort.NONE;
    importCandles = new ImportCandlesService(assets, market.saveCandles(), market.saveImportRuns(), tx, followCandles, clock);
    recordTicks = new RecordTicksService(assets, market.saveTicks(), market.loadTicks(), market.saveCandles(), tx,
        followCandles);
    queryCandles = new QueryCandlesService(assets, candles);
    latestCandles = new LatestCandlesService(candles);
    listImportRuns = new ListImportRunsService(assets, market.loadImportRuns());
    queryIndicator = new QueryIndicatorService(assets, queryCandles);
    querySnapshots = new QuerySnapshotsService(assets, loadSnapshots);
    SentimentPersistence sentiment = persistence.sentiment();
    LoadSentimentPort loadSentiment = sentiment.loadSentiment();
    registerSentimentSource = new RegisterSentimentSourceService(loadSentiment, sentiment.saveSources(), tx, clock);
    listSentimentSources = new ListSentimentSourcesService(loadSentiment);
    recordSentiment = new RecordSentimentService(assets, loadSentiment, sentiment.saveObservations(), tx);
    importSentimentFile = new ImportSentimentFileService(new SentimentFileReader(), recordSentiment);
    querySentiment = new QuerySentimentService(assets, loadSentiment, sentiment.loadSentimentPages(), sentimentWeights, clock);
    AccountPersistence accounts = persistence.accounts();
    LoadUserPort users = accounts.loadUsers();
    LoadApiTokensPort tokens = accounts.loadTokens();
    SecureRandom random = new SecureRandom();
    TokenSecretGenerator secrets = new TokenSecretGenerator(random);
    TokenCache tokenCache = new TokenCache(TOKEN_CACHE_TIME, TOKEN_CACHE_ENTRIES);
    registerUser = new RegisterUserService(users, accounts.saveUsers(), accounts.saveTokens(), secrets, tx, clock);
    findUser = new FindUserService(users);
    updateUserSettings = new UpdateUserSettingsService(users, accounts.saveUsers(), tx, clock);
    issueApiToken = new IssueApiTokenService(users, tokens, accounts.saveTokens(), secrets, tx, clock);
    listApiTokens = new ListApiTokensService(tokens);
    revokeApiToken = new RevokeApiTokenService(tokens, accounts.saveTokens(), tokenCache, tx, clock);
    authenticate = new AuthenticateService(tokens, accounts.saveTokens(), tokenCache, tx, clock);
    watchlists = persistence.watchlists();
    manageWatchlist = new ManageWatchlistService(watchlists.loadWatchlists(), watchlists.saveWatchlists(),
        watchlists.assetLabels(), tx, clock);
    AlertPersistence alerts = persistence.alerts();
    WebhookUrlPolicy urlPolicy = WebhookUrlPolicy.allowing(webhooks.allowLoopback(), webhooks.allowPrivate());
    ResolveHostPort dns = new DnsHostResolver();
    manageWebhooks = new ManageWebhooksService(alerts.subscriptions(), assets, urlPolicy, dns, tx, clock, random);
    listWebhookDeliveries = new ListWebhookDeliveriesService(alerts.subscriptions(), alerts.deliveries());
    dispatchWebhooks = new DispatchWebhooksService(alerts.subscriptions(), alerts.outbox(), HttpWebhookSender.standard(),
        urlPolicy, dns, tx, clock, DispatchWebhooksService.Options.standard().withLease(webhooks.lease()));
    PhasePersistence phases = persistence.phases();
    LoadPhasesPort loadPhases = phases.loadPhases();
    recomputePhases = new RecomputePhasesService(assets, candles, loadSentiment, loadPhases, phases.savePhases(), tx, clock,
        engine, TitForTatClassifier.standard(), sentimentWeights, batch);
    queryPhases = new QueryPhasesService(assets, loadPhases, candles);
    PipelineRunsPort pipelineRuns = persistence.pipeline().runs();
    runPipeline = new RunPipelineService(assets, List.of(new SnapshotsStep(recomputeSnapshots), new PhasesStep(recomputePhases),
        new WebhooksStep(dispatchWebhooks, clock)), pipelineRuns, tx, clock, Ticker.system());
    listPipelineRuns = new ListPipelineRunsService(pipelineRuns);
    queryDashboard = new QueryDashboardService(watchlists.watchedAssets(), assets, loadPhases, loadSnapshots);
  }

  /** Starts the database (embedded unless an external one is configured), migrates it and wires everything. */
  public static Phasewise start(PhasewiseSettings settings) {
    Optional<EmbeddedDatabase> embedded = settings.externalDb().isPresent()
        ? Optional.empty()
        : Optional.of(EmbeddedDatabase.start(settings.embeddedDataDirectory()));
    DatabaseSettings db = settings.externalDb()
        .map(x -> new DatabaseSettings(x.jdbcUrl(), x.user(), x.password(), POOL_SIZE))
        .orElseGet(() -> new DatabaseSettings(embedded.get().jdbcUrl(), embedded.get().user(), "", POOL_SIZE));
    try {
      return new Phasewise(embedded, PostgresPersistence.start(db), settings.snapshotsOnImport(), settings.webhooks(),
          Clock.systemUTC(), settings.sentimentWeights());
    } catch (RuntimeException e) {
      embedded.ifPresent(EmbeddedDatabase::close);
      throw e;
    }
  }

  public RegisterAssetUseCase registerAsset() {
    return registerAsset;
  }

  public UpdateAssetUseCase updateAsset() {
    return updateAsset;
  }

  public FindAssetUseCase findAsset() {
    return findAsset;
  }

  public ListAssetsUseCase listAssets() {
    return listAssets;
  }

  public DeleteAssetUseCase deleteAsset() {
    return deleteAsset;
  }

  public ImportCandlesUseCase importCandles() {
    return importCandles;
  }

  public RecordTicksUseCase recordTicks() {
    return recordTicks;
  }

  public QueryCandlesUseCase queryCandles() {
    return queryCandles;
  }

  public LatestCandlesUseCase latestCandles() {
    return latestCandles;
  }

  public ReadCandleFilePort readCandleFile() {
    return readCandleFile;
  }

  /** Direct read access to assets (lookups by symbol for the CLI and demo loader). */
  public LoadAssetsPort assets() {
    return market.loadAssets();
  }

  public ListImportRunsUseCase listImportRuns() {
    return listImportRuns;
  }

  public QueryIndicatorUseCase queryIndicator() {
    return queryIndicator;
  }

  public RecomputeSnapshotsUseCase recomputeSnapshots() {
    return recomputeSnapshots;
  }

  public QuerySnapshotsUseCase querySnapshots() {
    return querySnapshots;
  }

  public RegisterSentimentSourceUseCase registerSentimentSource() {
    return registerSentimentSource;
  }

  public ListSentimentSourcesUseCase listSentimentSources() {
    return listSentimentSources;
  }

  public RecordSentimentUseCase recordSentiment() {
    return recordSentiment;
  }

  public ImportSentimentFileUseCase importSentimentFile() {
    return importSentimentFile;
  }

  /** The sentiment meter (weighted with {@link PhasewiseSettings#sentimentWeights()}) and stored observations. */
  public QuerySentimentUseCase querySentiment() {
    return querySentiment;
  }

  public RegisterUserUseCase registerUser() {
    return registerUser;
  }

  public FindUserUseCase findUser() {
    return findUser;
  }

  public UpdateUserSettingsUseCase updateUserSettings() {
    return updateUserSettings;
  }

  public IssueApiTokenUseCase issueApiToken() {
    return issueApiToken;
  }

  public ListApiTokensUseCase listApiTokens() {
    return listApiTokens;
  }

  public RevokeApiTokenUseCase revokeApiToken() {
    return revokeApiToken;
  }

  /** Personal API tokens to users: what the REST adapter's bearer-token filter calls on every request. */
  public AuthenticateUseCase authenticate() {
    return authenticate;
  }

  public ManageWatchlistUseCase manageWatchlist() {
    return manageWatchlist;
  }

  /** A user's watched assets in display order, in one query (the dashboard's read). */
  public LoadWatchedAssetsPort watchedAssets() {
    return watchlists.watchedAssets();
  }

  public ManageWebhooksUseCase manageWebhooks() {
    return manageWebhooks;
  }

  public ListWebhookDeliveriesUseCase listWebhookDeliveries() {
    return listWebhookDeliveries;
  }

  /** Moves phase events from the outbox to the subscribers; {@link WebhookDispatcher} runs it on a schedule. */
  public DispatchWebhooksUseCase dispatchWebhooks() {
    return dispatchWebhooks;
  }

  public RecomputePhasesUseCase recomputePhases() {
    return recomputePhases;
  }

  public QueryPhasesUseCase queryPhases() {
    return queryPhases;
  }

  /**
   * Runs the pipeline over every analysed asset (snapshots, phases, webhooks) and records the run;
   * {@link PipelineScheduler} runs it on a schedule. Runs of this instance never overlap.
   */
  public RunPipelineUseCase runPipeline() {
    return runPipeline;
  }

  public ListPipelineRunsUseCase listPipelineRuns() {
    return listPipelineRuns;
  }

  /** A user's dashboard cards in a fixed number of queries whatever the watchlist's length. */
  public QueryDashboardUseCase queryDashboard() {
    return queryDashboard;
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
