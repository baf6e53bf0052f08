package io.phasewise.application.testing;

import io.phasewise.application.indicator.IndicatorUseCases;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.snapshot.SnapshotPorts;
import io.phasewise.application.snapshot.SnapshotUseCases;
import io.phasewise.domain.indicator.IndicatorRegistry;
import java.time.Clock;
import java.util.UUID;

/**
 * The market, indicator and snapshot use cases wired by their contexts' {@code wire} on in-memory fakes,
 * for fast service tests and HTTP tests without a database. As in the server, stored candles bring
 * their snapshots up to date.
 */
public final class InMemoryMarket {
  public final InMemoryAssetStore assets = new InMemoryAssetStore();
  public final InMemoryCandleStore candles = new InMemoryCandleStore();
  public final InMemoryTickStore ticks = new InMemoryTickStore();
  public final InMemoryImportRunLog importRuns = new InMemoryImportRunLog();
  /** The runner of the recomputes of many assets, here and in the composites over this market. */
  public final AssetBatch batch = new AssetBatch(2, System::nanoTime);
  public final InMemorySnapshotStore snapshots = new InMemorySnapshotStore(candles);
  public final DirectTransactions tx = new DirectTransactions();
  /** The test's clock, random ids and two threads: what every composite over this market wires on. */
  public final Infrastructure infra;
  public final MarketPorts ports = new MarketPorts(assets, assets, assets, candles, candles, candles, ticks, ticks, importRuns,
      importRuns, tx);
  public final SnapshotPorts snapshotPorts = new SnapshotPorts(snapshots, snapshots, tx, new InMemoryRunLock());

  public final MarketUseCases useCases;
  public final SnapshotUseCases snapshotUseCases;
  public final IndicatorUseCases indicators;
  /** The phase use cases over these assets and candles. */
  public final InMemoryPhases phases;

  public InMemoryMarket(Clock clock) {
    this(clock, IndicatorRegistry.standard());
  }

  /** The market computing the indicators of {@code indicators}, e.g. with a researcher's own registered. */
  public InMemoryMarket(Clock clock, IndicatorRegistry indicators) {
    assets.cascadeTo(candles::deleteAsset);
    assets.cascadeTo(ticks::deleteAsset);
    assets.cascadeTo(importRuns::deleteAsset);
    assets.cascadeTo(snapshots::deleteAsset);
    infra = new Infrastructure(clock, UUID::randomUUID, System::nanoTime, 2);
    snapshotUseCases = SnapshotUseCases.wire(snapshotPorts, ports, infra);
    useCases = MarketUseCases.wire(ports, new TinyCsvCandleFiles(), infra, snapshotUseCases.recompute()::recomputeFrom);
    this.indicators = IndicatorUseCases.wire(ports, useCases, indicators);
    phases = new InMemoryPhases(this);
  }
}
