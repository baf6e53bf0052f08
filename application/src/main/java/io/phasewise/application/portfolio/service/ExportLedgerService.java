package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.portfolio.port.in.ExportLedgerUseCase;
import io.phasewise.application.portfolio.port.in.LedgerExport;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.WriteLedgerCsvPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports the ledger in force as a Phasewise CSV statement. Each instrument is named as the statement
 * names it on import: a tracked asset by its symbol (by its id if it was deleted since), an external
 * one by the user's symbol. The ledger and the symbols are read before the export is handed out.
 */
public final class ExportLedgerService implements ExportLedgerUseCase {
  private final LoadPortfolioPort load;
  private final WriteLedgerCsvPort csv;
  private final FindAssetUseCase assets;

  public ExportLedgerService(LoadPortfolioPort load, WriteLedgerCsvPort csv, FindAssetUseCase assets) {
    this.load = load;
    this.csv = csv;
    this.assets = assets;
  }

  @Override
  public Either<Failure, LedgerExport> export(PortfolioQuery query) {
    return OwnedPortfolios.find(load, query.owner(), query.portfolio()).map(portfolio -> {
      List<LedgerEvent> ledger = portfolio.ledger();
      Map<Instrument, String> symbols = new HashMap<>();
      for (LedgerEvent e : ledger) {
        if (e.instrument() != null) symbols.computeIfAbsent(e.instrument(), this::symbol);
      }
      return new LedgerExport(portfolio.name(), ledger.size(), out -> csv.write(ledger, symbols::get, out));
    });
  }

  private String symbol(Instrument instrument) {
    if (instrument instanceof Instrument.External external) return external.symbol();
    Instrument.Tracked tracked = (Instrument.Tracked) instrument;
    return assets.find(tracked.asset()).map(Asset::symbol).getOrElse(tracked.asset().toString());
  }
}
