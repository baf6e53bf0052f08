package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.model.StatementActivity;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.model.SyncLogEntry.SyncStatus;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.ImportStatementUseCase;
import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.phasewise.application.portfolio.port.in.StatementImportReport.RowProblem;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.ReadStatementPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.portfolio.port.out.SyncLogPort;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioRejection;
import io.phasewise.domain.portfolio.RecordedBatch;
import io.phasewise.domain.portfolio.TradeAnnotations;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports a statement: reads its rows, books each activity's symbol as an instrument, records every
 * event in one {@link Portfolio#recordAll} call, saves, and appends the run to the sync log, all in one
 * transaction. A row whose source id is recorded already counts as already stored; every other refusal
 * (unreadable, unknown symbol, not a valid event, refused by the ledger) is reported with its line while
 * the good rows are stored. Rows imported carry no entry snapshot: they describe past trades, and the
 * analysis of today would misdescribe them.
 */
public final class ImportStatementService implements ImportStatementUseCase {
  private final OwnedPortfolios portfolios;
  private final ReadStatementPort statements;
  private final SyncLogPort log;
  private final MarketUseCases market;
  private final TransactionPort tx;
  private final Infrastructure infra;

  public ImportStatementService(LoadPortfolioPort load, SavePortfolioPort save, SyncLogPort log, ReadStatementPort statements,
      TransactionPort tx, Infrastructure infra, MarketUseCases market) {
    this.portfolios = new OwnedPortfolios(load, save, infra.clock());
    this.statements = statements;
    this.log = log;
    this.market = market;
    this.tx = tx;
    this.infra = infra;
  }

  @Override
  public Either<Failure, StatementImportReport> importStatement(ImportStatementCommand c) {
    Instant started = infra.clock().instant();
    return portfolios.find(c.owner(), c.portfolio()).flatMap(portfolio -> {
      List<StatementRow> rows;
      try {
        rows = statements.read(c.in(), c.format(), c.columns());
      } catch (InvalidInputException notInFormat) {
        Run failed = new Run(List.of(new RowProblem(0, notInFormat.field() + ": " + notInFormat.problem())), 0, 0, 0, 0);
        tx.inTransaction(() -> append(failed.entry(portfolio, c, started)));
        return Either.left(Failure.InvalidInput.of(notInFormat.field(), notInFormat.problem()));
      }
      return tx.inTransactionEither(() -> record(portfolio, c, rows, started));
    });
  }

  private Either<Failure, StatementImportReport> record(Portfolio portfolio, ImportStatementCommand c, List<StatementRow> rows,
      Instant started) {
    StatementSymbols symbols = new StatementSymbols(market.findAsset(), market.registerAsset(), c.unknownSymbols(), symbols(rows));
    List<LedgerEvent> events = new ArrayList<>(rows.size());
    List<Long> lines = new ArrayList<>(rows.size());
    List<RowProblem> problems = new ArrayList<>();
    int skipped = 0;
    for (StatementRow row : rows) {
      if (row instanceof StatementRow.Skipped) {
        skipped++;
      } else if (row instanceof StatementRow.Unreadable u) {
        problems.add(new RowProblem(u.line(), u.reason()));
      } else {
        StatementActivity activity = ((StatementRow.Read) row).activity();
        Either<String, LedgerEvent> event = instrument(activity, symbols).flatMap(i -> event(activity, i, events.size()));
        if (event.isRight()) {
          events.add(event.get());
          lines.add(row.line());
        } else {
          problems.add(new RowProblem(row.line(), event.getLeft()));
        }
      }
    }
    Instant now = infra.clock().instant();
    int skippedRows = skipped;
    MarketFacts facts = CandleMarketFacts.of(market, portfolio, events);
    return portfolio.recordAll(events, facts, now).mapLeft(PortfolioRejections::failure).flatMap(batch -> {
      int already = refusals(batch, lines, problems);
      Either<Failure, Portfolio> saved = batch.recorded() > 0 ? portfolios.save(batch.portfolio()) : Either.right(portfolio);
      Run run = new Run(problems, rows.size(), batch.recorded(), already, skippedRows);
      return saved.map(p -> new StatementImportReport(append(run.entry(p, c, started)), run.problems(), symbols.registered(), p.version()));
    });
  }

  /** The symbols of the rows read whose type names an instrument. */
  private static Set<String> symbols(List<StatementRow> rows) {
    Set<String> symbols = new HashSet<>();
    for (StatementRow row : rows) {
      if (row instanceof StatementRow.Read read && read.activity().type().hasInstrument() && read.activity().symbol() != null) {
        symbols.add(read.activity().symbol());
      }
    }
    return symbols;
  }

  /** Adds each event the ledger refused to {@code problems}, at its line; returns how many were there already. */
  private static int refusals(RecordedBatch batch, List<Long> lines, List<RowProblem> problems) {
    int already = 0;
    for (RecordedBatch.Refused refused : batch.rejected()) {
      if (refused.rejection() instanceof PortfolioRejection.AlreadyRecorded) {
        already++;
      } else {
        problems.add(new RowProblem(lines.get(refused.index()), PortfolioRejections.failure(refused.rejection()).message()));
      }
    }
    return already;
  }

  private static Either<String, Instrument> instrument(StatementActivity a, StatementSymbols symbols) {
    if (!a.type().hasInstrument()) return Either.right(null);
    if (a.symbol() == null || a.symbol().isBlank()) return Either.left(a.type() + " needs the symbol of its instrument");
    return symbols.instrument(a.symbol(), a.currency());
  }

  private Either<String, LedgerEvent> event(StatementActivity a, Instrument instrument, int sequence) {
    try {
      return Either.right(new LedgerEvent(LedgerEventId.of(infra.ids().next()), a.type(), a.date(), a.time(), sequence, instrument,
          a.quantity(), a.unitPrice(), a.currency(), a.gross(), a.fee(), a.tax(), a.fxRate(), a.sourceId(), List.of(), null, List.of(),
          a.note() == null ? null : noted(a.note()), null));
    } catch (InvalidInputException refused) {
      return Either.left(refused.field() + ": " + refused.problem());
    }
  }

  private static TradeAnnotations noted(String note) {
    return new TradeAnnotations(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null,
        null, note);
  }

  private SyncLogEntry append(SyncLogEntry entry) {
    log.append(entry);
    return entry;
  }

  /** The outcome of one import, as counted for the sync log. */
  private final class Run {
    private final List<RowProblem> problems;
    private final int read;
    private final int stored;
    private final int already;
    private final int skipped;

    Run(List<RowProblem> problems, int read, int stored, int already, int skipped) {
      this.problems = problems.stream().sorted(Comparator.comparingLong(RowProblem::line)).toList();
      this.read = read;
      this.stored = stored;
      this.already = already;
      this.skipped = skipped;
    }

    List<RowProblem> problems() {
      return problems;
    }

    SyncLogEntry entry(Portfolio portfolio, ImportStatementCommand c, Instant started) {
      SyncStatus status = problems.isEmpty() ? SyncStatus.SUCCESS : stored + already > 0 ? SyncStatus.PARTIAL : SyncStatus.FAILED;
      return new SyncLogEntry(infra.ids().next(), portfolio.id(), source(c.format()), c.format().name(), c.origin(), started,
          infra.clock().instant(), read, stored, already, skipped, problems.size(), status,
          problems.stream().map(RowProblem::toString).toList());
    }
  }

  /** The sync log's name for where rows in {@code format} come from. */
  static String source(StatementFormat format) {
    return switch (format) {
      case PHASEWISE_CSV, COLUMN_MAPPED_CSV -> "csv";
      case IBKR_FLEX_TRADES -> "ibkr";
      case KRAKEN_LEDGER, KRAKEN_TRADES -> "kraken";
      case KUCOIN_TRADES -> "kucoin";
      case YAHOO_PORTFOLIO -> "yahoo";
      case GHOSTFOLIO_CSV, GHOSTFOLIO_JSON -> "ghostfolio";
    };
  }
}
