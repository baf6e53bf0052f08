package io.phasewise.application.portfolio;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.application.portfolio.port.in.DeleteEventUseCase;
import io.phasewise.application.portfolio.port.in.EditEventUseCase;
import io.phasewise.application.portfolio.port.in.ExportLedgerUseCase;
import io.phasewise.application.portfolio.port.in.FindPortfolioUseCase;
import io.phasewise.application.portfolio.port.in.ImportStatementUseCase;
import io.phasewise.application.portfolio.port.in.ListPortfoliosUseCase;
import io.phasewise.application.portfolio.port.in.ListSyncLogUseCase;
import io.phasewise.application.portfolio.port.in.OpenPortfolioUseCase;
import io.phasewise.application.portfolio.port.in.PortfolioPerformanceUseCase;
import io.phasewise.application.portfolio.port.in.RecordEventUseCase;
import io.phasewise.application.portfolio.port.in.TransferBetweenPortfoliosUseCase;
import io.phasewise.application.portfolio.port.in.UpdatePortfolioSettingsUseCase;
import io.phasewise.application.portfolio.port.in.ValuePortfolioUseCase;
import io.phasewise.application.portfolio.port.out.ReadStatementPort;
import io.phasewise.application.portfolio.port.out.WriteLedgerCsvPort;
import io.phasewise.application.portfolio.service.DeleteEventService;
import io.phasewise.application.portfolio.service.EditEventService;
import io.phasewise.application.portfolio.service.EntrySnapshots;
import io.phasewise.application.portfolio.service.ExportLedgerService;
import io.phasewise.application.portfolio.service.FindPortfolioService;
import io.phasewise.application.portfolio.service.ImportStatementService;
import io.phasewise.application.portfolio.service.ListPortfoliosService;
import io.phasewise.application.portfolio.service.ListSyncLogService;
import io.phasewise.application.portfolio.service.OpenPortfolioService;
import io.phasewise.application.portfolio.service.PortfolioPerformanceService;
import io.phasewise.application.portfolio.service.RecordEventService;
import io.phasewise.application.portfolio.service.TransferBetweenPortfoliosService;
import io.phasewise.application.portfolio.service.UpdatePortfolioSettingsService;
import io.phasewise.application.portfolio.service.ValuePortfolioService;
import io.phasewise.application.sentiment.SentimentUseCases;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.snapshot.SnapshotUseCases;

/**
 * The use cases of the portfolio context: portfolios, their ledgers, transfers, statement imports and
 * exports, valuation as of a day and performance over a period.
 */
public record PortfolioUseCases(
    OpenPortfolioUseCase open,
    ListPortfoliosUseCase list,
    FindPortfolioUseCase find,
    UpdatePortfolioSettingsUseCase updateSettings,
    RecordEventUseCase recordEvent,
    EditEventUseCase editEvent,
    DeleteEventUseCase deleteEvent,
    TransferBetweenPortfoliosUseCase transfer,
    ImportStatementUseCase importStatement,
    ListSyncLogUseCase syncLog,
    ExportLedgerUseCase exportLedger,
    ValuePortfolioUseCase value,
    PortfolioPerformanceUseCase performance) {

  /**
   * Every portfolio service on {@code ports}, reading statements with {@code statements} and writing
   * ledgers with {@code ledgerCsv}; assets, candles, splits and rates come from {@code market}, and the
   * analysis captured when an event is entered from {@code phases}, {@code snapshots} and {@code sentiment}.
   */
  public static PortfolioUseCases wire(PortfolioPorts ports, ReadStatementPort statements, WriteLedgerCsvPort ledgerCsv,
      Infrastructure infra, MarketUseCases market, PhaseUseCases phases, SnapshotUseCases snapshots, SentimentUseCases sentiment) {
    EntrySnapshots entry = new EntrySnapshots(phases.query(), snapshots.query(), sentiment.query());
    return new PortfolioUseCases(
        new OpenPortfolioService(ports.loadPortfolios(), ports.savePortfolios(), ports.tx(), infra),
        new ListPortfoliosService(ports.loadPortfolios()),
        new FindPortfolioService(ports.loadPortfolios()),
        new UpdatePortfolioSettingsService(ports.loadPortfolios(), ports.savePortfolios(), ports.tx(), infra.clock()),
        new RecordEventService(ports.loadPortfolios(), ports.savePortfolios(), ports.tx(), infra, market, entry),
        new EditEventService(ports.loadPortfolios(), ports.savePortfolios(), ports.tx(), infra.clock(), market, entry),
        new DeleteEventService(ports.loadPortfolios(), ports.savePortfolios(), ports.tx(), infra.clock(), market),
        new TransferBetweenPortfoliosService(ports.loadPortfolios(), ports.savePortfolios(), ports.tx(), infra, market),
        new ImportStatementService(ports.loadPortfolios(), ports.savePortfolios(), ports.syncLog(), statements, ports.tx(), infra, market),
        new ListSyncLogService(ports.loadPortfolios(), ports.syncLog()),
        new ExportLedgerService(ports.loadPortfolios(), ledgerCsv, market.findAsset()),
        new ValuePortfolioService(ports.loadPortfolios(), ports.tx(), infra.clock(), market),
        new PortfolioPerformanceService(ports.loadPortfolios(), ports.tx(), infra.clock(), market));
  }
}
