package io.phasewise.application.market;

import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.in.ImportCandleFileUseCase;
import io.phasewise.application.market.port.in.ImportCandlesUseCase;
import io.phasewise.application.market.port.in.ImportSymbolFileUseCase;
import io.phasewise.application.market.port.in.LatestCandlesUseCase;
import io.phasewise.application.market.port.in.ListAssetsUseCase;
import io.phasewise.application.market.port.in.ListImportRunsUseCase;
import io.phasewise.application.market.port.in.QueryCandlesUseCase;
import io.phasewise.application.market.port.in.QueryDailyClosesUseCase;
import io.phasewise.application.market.port.in.RecordTicksUseCase;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.market.port.in.UpdateAssetUseCase;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.application.market.service.DeleteAssetService;
import io.phasewise.application.market.service.FindAssetService;
import io.phasewise.application.market.service.ImportCandleFileService;
import io.phasewise.application.market.service.ImportCandlesService;
import io.phasewise.application.market.service.ImportSymbolFileService;
import io.phasewise.application.market.service.LatestCandlesService;
import io.phasewise.application.market.service.ListAssetsService;
import io.phasewise.application.market.service.ListImportRunsService;
import io.phasewise.application.market.service.QueryCandlesService;
import io.phasewise.application.market.service.QueryDailyClosesService;
import io.phasewise.application.market.service.RecordTicksService;
import io.phasewise.application.market.service.RegisterAssetService;
import io.phasewise.application.market.service.UpdateAssetService;
import io.phasewise.application.shared.Infrastructure;

/** The use cases of the market context: assets, candle imports and reads (daily closes of many assets too), ticks and the import log. */
public record MarketUseCases(
    RegisterAssetUseCase registerAsset,
    UpdateAssetUseCase updateAsset,
    FindAssetUseCase findAsset,
    ListAssetsUseCase listAssets,
    DeleteAssetUseCase deleteAsset,
    ImportCandlesUseCase importCandles,
    ImportCandleFileUseCase importCandleFile,
    ImportSymbolFileUseCase importSymbolFile,
    RecordTicksUseCase recordTicks,
    QueryCandlesUseCase queryCandles,
    QueryDailyClosesUseCase queryDailyCloses,
    LatestCandlesUseCase latestCandles,
    ListImportRunsUseCase listImportRuns) {

  /**
   * Every market service on {@code ports}, reading candle files with {@code candleFiles}; {@code changes}
   * hears of each stored change of candles.
   */
  public static MarketUseCases wire(MarketPorts ports, ReadCandleFilePort candleFiles, Infrastructure infra,
      CandlesChangedPort changes) {
    return wire(ports, candleFiles, infra, changes, CandlesChangedPort.NONE);
  }

  /**
   * As {@link #wire(MarketPorts, ReadCandleFilePort, Infrastructure, CandlesChangedPort)}, and {@code imports}
   * hears, after {@code changes}, of each change stored by an import (not by ticks, which change a minute
   * bar many times a minute): e.g. the phases, which replay an asset's whole history.
   */
  public static MarketUseCases wire(MarketPorts ports, ReadCandleFilePort candleFiles, Infrastructure infra,
      CandlesChangedPort changes, CandlesChangedPort imports) {
    ImportCandlesService importCandles = new ImportCandlesService(ports.loadAssets(), ports.saveCandles(),
        ports.saveImportRuns(), ports.tx(), changes.andThen(imports), infra.clock());
    RegisterAssetService registerAsset = new RegisterAssetService(ports.loadAssets(), ports.saveAssets(), ports.tx(),
        infra.clock());
    return new MarketUseCases(
        registerAsset,
        new UpdateAssetService(ports.saveAssets(), ports.tx(), infra.clock()),
        new FindAssetService(ports.loadAssets()),
        new ListAssetsService(ports.loadAssets()),
        new DeleteAssetService(ports.deleteAssets(), ports.tx()),
        importCandles,
        new ImportCandleFileService(ports.loadAssets(), candleFiles, importCandles),
        new ImportSymbolFileService(ports.loadAssets(), candleFiles, registerAsset, importCandles),
        new RecordTicksService(ports.loadAssets(), ports.saveTicks(), ports.loadTicks(), ports.saveCandles(), ports.tx(),
            changes, infra.clock()),
        new QueryCandlesService(ports.loadAssets(), ports.loadCandles()),
        new QueryDailyClosesService(ports.loadDailyCloses()),
        new LatestCandlesService(ports.loadCandles()),
        new ListImportRunsService(ports.loadAssets(), ports.loadImportRuns()));
  }
}
