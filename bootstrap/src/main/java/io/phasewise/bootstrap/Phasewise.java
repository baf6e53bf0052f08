package io.phasewise.bootstrap;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.phase.PhasePersistence;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.adapters.providers.csv.CsvCandleFileReader;
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
import io.phasewise.application.phase.service.QueryPhasesService;
import io.phasewise.application.phase.service.RecomputePhasesService;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.application.snapshot.service.QuerySnapshotsService;
import io.phasewise.application.snapshot.service.RecomputeSnapshotsService;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The whole application wired by hand: the database (embedded unless configured), the persistence
 * adapters, the providers and every use case. This is what an embedding app builds too.
 */
public final class Phasewise implements AutoCloseable {
  private static final int POOL_SIZE = 10;

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
  private final RecomputePhasesUseCase recomputePhases;
  private final QueryPhasesUseCase queryPhases;

  private Phasewise(Optional<EmbeddedDatabase> embedded, PostgresPersistence persistence, boolean snapshotsOnImport,
      Clock clock) {
    this.embedded = embedded;
    this.persistence = persistence;
    this.market = persistence.market();
    TransactionPort tx = persistence.transactions();
    LoadAssetsPort assets = market.loadAssets();
    registerAsset = new RegisterAssetService(assets, market.saveAssets(), tx, clock);
    updateAsset = new UpdateAssetService(market.saveAssets(), tx, clock);
    findAsset = new FindAssetService(assets);
    listAssets = new ListAssetsService(assets);
    deleteAsset = new DeleteAssetService(market.deleteAssets(), tx);
    SnapshotPersistence snapshots = persistence.snapshots();
    recomputeSnapshots = new RecomputeSnapshotsService(assets, market.loadCandles(), snapshots.saveSnapshots(),
        snapshots.loadSnapshots(), tx, SnapshotEngine.standard(), Runtime.getRuntime().availableProcessors());
    CandlesChangedPort followCandles = snapshotsOnImport ? new SnapshotsFollowCandles(recomputeSnapshots) : CandlesChangedPort.NONE;
    importCandles = new ImportCandlesService(assets, market.saveCandles(), market.saveImportRuns(), tx, followCandles, clock);
    recordTicks = new RecordTicksService(assets, market.saveTicks(), market.loadTicks(), market.saveCandles(), tx,
        followCandles);
    queryCandles = new QueryCandlesService(assets, market.loadCandles());
    latestCandles = new LatestCandlesService(market.loadCandles());
    listImportRuns = new ListImportRunsService(assets, market.loadImportRuns());
    queryIndicator = new QueryIndicatorService(assets, queryCandles);
    querySnapshots = new QuerySnapshotsService(assets, snapshots.loadSnapshots());
    PhasePersistence phases = persistence.phases();
    // this build stores no sentiment: where a sentiment store is wired, its reader replaces NoSentimentStore
    recomputePhases = new RecomputePhasesService(assets, market.loadCandles(), new NoSentimentStore(), phases.loadPhases(),
        phases.savePhases(), tx, clock, Runtime.getRuntime().availableProcessors());
    queryPhases = new QueryPhasesService(assets, phases.loadPhases(), market.loadCandles());
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
      return new Phasewise(embedded, PostgresPersistence.start(db), settings.snapshotsOnImport(), Clock.systemUTC());
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

  public RecomputePhasesUseCase recomputePhases() {
    return recomputePhases;
  }

  public QueryPhasesUseCase queryPhases() {
    return queryPhases;
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
