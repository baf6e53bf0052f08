package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.NOW;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.model.SyncLogEntry.SyncStatus;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand.UnknownSymbols;
import io.phasewise.application.portfolio.port.in.LedgerExport;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.phasewise.application.portfolio.port.in.SyncLogQuery;
import io.phasewise.application.testing.InMemoryPortfolioStatements;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Importing statements: good rows stored, bad rows reported by line, re-imports add nothing, symbols booked, the sync log, the export. */
class ImportStatementServiceTest {
  private static final String STATEMENT = String.join("\n", InMemoryPortfolioStatements.HEADER,
      "DEPOSIT,2024-01-02,,,,USD,5000,0,D-1",
      "BUY,2024-01-03,AAPL,10,100,USD,1000,1,T-1",
      "BUY,2024-01-04,AAPL,oops,100,USD,1000,1,T-2",
      "",
      "SELL,2024-01-05,AAPL,4,110,USD,440,1,T-3",
      "TRANSFER_IN,2024-01-06,AAPL,1,0,USD,0,0,T-4",
      "BUY,2024-01-07,NEWCO,5,20,USD,100,0,T-5");

  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId apple = bed.asset("AAPL", AssetType.STOCK, "USD");
  private final Portfolio core = bed.open("Core", USD);

  private Either<Failure, StatementImportReport> importText(Portfolio into, String text, UnknownSymbols unknown) {
    return bed.useCases.importStatement().importStatement(new ImportStatementCommand(bed.owner, into.id(), StatementFormat.IBKR_FLEX_TRADES,
        null, "flex.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), unknown));
  }

  private Portfolio stored(Portfolio p) {
    return bed.useCases.find().find(new PortfolioQuery(bed.owner, p.id())).get();
  }

  @Test
  void good_rows_are_stored_and_each_bad_one_is_reported_with_its_line_and_reason() {
    StatementImportReport report = importText(core, STATEMENT, UnknownSymbols.REGISTER).get();

    assertThat(report.problems()).extracting(StatementImportReport.RowProblem::line).containsExactly(4L, 7L);
    assertThat(report.problems().get(0).reason()).contains("not an activity");
    assertThat(report.problems().get(1).reason()).contains("counterpart");
    List<LedgerEvent> ledger = stored(core).ledger();
    assertThat(ledger).extracting(LedgerEvent::sourceId).containsExactly("D-1", "T-1", "T-3", "T-5");
    assertThat(ledger.get(1).instrument()).isEqualTo(new Instrument.Tracked(apple, USD));
    assertThat(ledger.get(1).entrySnapshot()).isNull();
    assertThat(report.version()).isEqualTo(2);

    SyncLogEntry log = report.log();
    assertThat(log.source()).isEqualTo("ibkr");
    assertThat(log.format()).isEqualTo("IBKR_FLEX_TRADES");
    assertThat(log.origin()).isEqualTo("flex.csv");
    assertThat(log.startedAt()).isEqualTo(NOW);
    assertThat(List.of(log.read(), log.stored(), log.alreadyStored(), log.skipped(), log.refused())).containsExactly(7, 4, 0, 1, 2);
    assertThat(log.status()).isEqualTo(SyncStatus.PARTIAL);
    assertThat(log.errors()).hasSize(2).first().asString().startsWith("line 4: ");
    assertThat(bed.useCases.syncLog().list(new SyncLogQuery(bed.owner, core.id(), 10)).get()).containsExactly(log);
  }

  @Test
  void importing_the_same_statement_again_adds_nothing_and_logs_the_rows_as_already_stored() {
    importText(core, STATEMENT, UnknownSymbols.REGISTER).get();
    Portfolio before = stored(core);

    StatementImportReport again = importText(core, STATEMENT, UnknownSymbols.REGISTER).get();

    assertThat(stored(core)).isEqualTo(before);
    assertThat(again.log().stored()).isZero();
    assertThat(again.log().alreadyStored()).isEqualTo(4);
    assertThat(again.log().status()).isEqualTo(SyncStatus.PARTIAL);
    assertThat(again.registeredSymbols()).isEmpty();
    assertThat(bed.useCases.syncLog().list(new SyncLogQuery(bed.owner, core.id(), 10)).get()).hasSize(2).first().isEqualTo(again.log());
  }

  @Test
  void an_unknown_symbol_is_registered_as_an_asset_of_the_inferred_type_quoted_in_the_rows_currency() {
    StatementImportReport report = importText(core, STATEMENT, UnknownSymbols.REGISTER).get();

    Asset newco = bed.market.useCases.findAsset().findBySymbol("NEWCO", AssetType.STOCK).get();
    assertThat(report.registeredSymbols()).containsExactly("NEWCO");
    assertThat(newco.profile().quoteCurrency()).isEqualTo("USD");
    assertThat(stored(core).eventWithSource("T-5").orElseThrow().instrument()).isEqualTo(new Instrument.Tracked(newco.id(), USD));
  }

  @Test
  void an_unknown_symbol_can_be_kept_as_an_external_instrument_instead() {
    StatementImportReport report = importText(core, STATEMENT, UnknownSymbols.EXTERNAL).get();

    assertThat(report.registeredSymbols()).isEmpty();
    assertThat(bed.market.useCases.findAsset().withSymbol("NEWCO")).isEmpty();
    assertThat(stored(core).eventWithSource("T-5").orElseThrow().instrument()).isEqualTo(new Instrument.External("NEWCO", USD));
  }

  @Test
  void a_file_not_in_the_format_stores_nothing_is_an_invalid_input_and_is_logged_as_failed() {
    Failure failure = importText(core, "date;symbol\n2024-01-02;AAPL", UnknownSymbols.REGISTER).getLeft();

    assertThat(failure).isInstanceOfSatisfying(Failure.InvalidInput.class,
        f -> assertThat(f.errors()).extracting(Failure.FieldError::field).containsExactly("header"));
    assertThat(stored(core).version()).isEqualTo(1);
    SyncLogEntry log = bed.useCases.syncLog().list(new SyncLogQuery(bed.owner, core.id(), 10)).get().get(0);
    assertThat(log.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(log.errors()).singleElement().asString().startsWith("line 0: header: expected the columns");
  }

  @Test
  void a_clean_statement_is_a_success_and_rows_without_a_symbol_for_an_instrument_type_are_refused() {
    String text = String.join("\n", InMemoryPortfolioStatements.HEADER, "BUY,2024-01-03,AAPL,10,100,USD,1000,1,T-1");
    assertThat(importText(core, text, UnknownSymbols.REGISTER).get().log().status()).isEqualTo(SyncStatus.SUCCESS);

    String noSymbol = String.join("\n", InMemoryPortfolioStatements.HEADER, "DIVIDEND,2024-02-03,,,,USD,12,0,DV-1");
    StatementImportReport report = importText(core, noSymbol, UnknownSymbols.REGISTER).get();
    assertThat(report.log().status()).isEqualTo(SyncStatus.FAILED);
    assertThat(report.problems()).singleElement().asString().isEqualTo("line 2: DIVIDEND needs the symbol of its instrument");
  }

  @Test
  void the_exported_ledger_imports_back_into_another_portfolio_as_the_same_ledger() {
    importText(core, STATEMENT, UnknownSymbols.REGISTER).get();
    LedgerExport export = bed.useCases.exportLedger().export(new PortfolioQuery(bed.owner, core.id())).get();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    export.writeTo(csv);
    Portfolio copy = bed.open("Copy", USD);

    StatementImportReport report = importText(copy, csv.toString(StandardCharsets.UTF_8), UnknownSymbols.EXTERNAL).get();

    assertThat(export.portfolioName()).isEqualTo("Core");
    assertThat(export.events()).isEqualTo(4);
    assertThat(csv.toString(StandardCharsets.UTF_8)).contains(",AAPL,", ",NEWCO,");
    assertThat(report.log().status()).isEqualTo(SyncStatus.SUCCESS);
    assertThat(stored(copy).ledger()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "sequence")
        .isEqualTo(stored(core).ledger());
  }

  @Test
  void a_statement_of_ten_thousand_rows_is_stored_in_one_batch() {
    StringBuilder text = new StringBuilder(InMemoryPortfolioStatements.HEADER);
    for (int i = 0; i < 10_000; i++) {
      text.append("\nBUY,").append(LocalDate.parse("2000-01-03").plusDays(i)).append(",AAPL,1,100,USD,100,0,T-").append(i);
    }

    StatementImportReport report = importText(core, text.toString(), UnknownSymbols.REGISTER).get();

    assertThat(report.log().stored()).isEqualTo(10_000);
    assertThat(report.version()).isEqualTo(2);
    assertThat(stored(core).ledger()).hasSize(10_000);
  }
}
