package io.phasewise.application.market;

import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.port.out.LoadTicksPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.market.port.out.SaveImportRunPort;
import io.phasewise.application.market.port.out.SaveTicksPort;
import io.phasewise.application.shared.TransactionPort;

/** The outgoing ports of the market context: assets, candles, daily closes, ticks, import runs and their transactions. */
public record MarketPorts(
    LoadAssetsPort loadAssets,
    SaveAssetPort saveAssets,
    DeleteAssetPort deleteAssets,
    LoadCandlesPort loadCandles,
    LoadDailyClosesPort loadDailyCloses,
    SaveCandlesPort saveCandles,
    LoadTicksPort loadTicks,
    SaveTicksPort saveTicks,
    LoadImportRunsPort loadImportRuns,
    SaveImportRunPort saveImportRuns,
    TransactionPort tx) {}
