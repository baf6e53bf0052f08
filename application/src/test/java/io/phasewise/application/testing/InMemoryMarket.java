package io.phasewise.application.testing;

import io.phasewise.application.indicator.service.QueryIndicatorService;
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
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.Ticker;
import io.phasewise.application.snapshot.service.QuerySnapshotsService;
import io.phasewise.application.snapshot.service.RecomputeSnapshotsService;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.time.Clock;

/**
 * The market, indicator and snapshot use cases wired on in-memory fakes, for fast service tests and
 * HTTP tests without a database. As in the server, stored candles bring their snapshots up to date.
 */
public final class InMemoryMarket {
  public final InMemoryAssetStore assets = new InMemoryAssetStore();
  public final InMemoryCandleStore candles = new InMemoryCandleStore();
  public final InMemoryTickStore ticks = new InMemoryTickStore();
  public final InMemoryImportRunLog importRuns = new InMemoryImportRunLog();
  /** The runner of the recomputes of many assets, here and in the composites over this market. */
  public final AssetBatch batch = new AssetBatch(2, Ticker.system());
  public final InMemorySnapshotStore snapshots = new InMemorySnapshotStore(candles);
  public final DirectTransactions tx = new DirectTransactions();

  public final RegisterAssetService register;
  public final UpdateAssetService update;
  public final FindAssetService find;
  public final ListAssetsService list;
  public final DeleteAssetService delete;
  public final ImportCandlesService importCandles;
  public final RecordTicksService recordTicks;
  public final QueryCandlesService queryCandles;
  public final LatestCandlesService latestCandles;
  public final ListImportRunsService listImportRuns;
  public final QueryIndicatorService queryIndicator;
  public final RecomputeSnapshotsService recomputeSnapshots;
  public final QuerySnapshotsService querySnapshots;
  /** The phase use cases over these assets and candles. */
  public final InMemoryPhases phases;

  public InMemoryMarket(Clock clock) {
    assets.cascadeTo(candles::deleteAsset);
    assets.cascadeTo(ticks::deleteAsset);
    assets.cascadeTo(importRuns::deleteAsset);
    assets.cascadeTo(snapshots::deleteAsset);
    register = new RegisterAssetService(assets, assets, tx, clock);
    update = new UpdateAssetService(assets, tx, clock);
    find = new FindAssetService(assets);
    list = new ListAssetsService(assets);
    delete = new DeleteAssetService(assets, tx);
    recomputeSnapshots = new RecomputeSnapshotsService(assets, candles, snapshots, snapshots, tx, SnapshotEngine.standard(), batch);
    importCandles = new ImportCandlesService(assets, candles, importRuns, tx, recomputeSnapshots::recomputeFrom, clock);
    recordTicks = new RecordTicksService(assets, ticks, ticks, candles, tx, recomputeSnapshots::recomputeFrom);
    queryCandles = new QueryCandlesService(assets, candles);
    latestCandles = new LatestCandlesService(candles);
    listImportRuns = new ListImportRunsService(assets, importRuns);
    queryIndicator = new QueryIndicatorService(assets, queryCandles);
    querySnapshots = new QuerySnapshotsService(assets, snapshots);
    phases = new InMemoryPhases(this, clock);
  }
}
