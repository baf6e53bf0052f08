package io.phasewise.benchmarks;

import io.phasewise.adapters.providers.statement.LedgerCsvWriter;
import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.phasewise.bootstrap.Phasewise;
import io.phasewise.bootstrap.PhasewiseSettings;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a broker statement of {@code events} rows (issue 12, acceptance 4): the Phasewise CSV of a
 * {@link SyntheticLedger} (written by {@link LedgerCsvWriter}, as an export would be; no splits, since
 * the store has no candles to carry them) through {@code ImportStatementUseCase} on Phasewise started on
 * a fresh embedded PostgreSQL, the 100 assets registered. Each operation imports the whole file into a
 * new empty portfolio (opened, untimed, before it): read, symbols matched, every row judged by the lot
 * book, the ledger saved and the sync log appended, in one transaction.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class PortfolioImportBenchmark {
  private Path home;
  private Phasewise app;
  private UserId owner;
  private byte[] statement;
  private PortfolioId portfolio;
  private int events;
  private int opened;

  @Setup(Level.Trial)
  public void start(LedgerSize size) throws IOException {
    TradingDayMarket market = size.market(false);
    List<LedgerEvent> ledger = size.ledger(market).events();
    events = ledger.size();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    new LedgerCsvWriter().write(ledger, market::symbol, csv);
    statement = csv.toByteArray();
    home = Files.createTempDirectory("phasewise-portfolio-import");
    app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())));
    for (int a = 0; a < market.assets(); a++) {
      String symbol = market.symbol(market.instrument(a));
      orThrow(app.useCases().market().registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK))));
    }
    owner = orThrow(app.useCases().accounts().registerUser()
        .register(new RegisterUserCommand(EmailAddress.of("bench@example.com"), UserSettings.EMPTY))).user().id();
  }

  @Setup(Level.Invocation)
  public void openEmptyPortfolio() {
    portfolio = orThrow(portfolios().open()
        .open(new OpenPortfolioCommand(owner, "Import " + ++opened, TradingDayMarket.USD, BookingMethod.FIFO, false))).id();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    TempDirectory.deleteAfter(app::close, home);
  }

  @Benchmark
  public StatementImportReport importStatement() {
    StatementImportReport report = orThrow(portfolios().importStatement().importStatement(new ImportStatementCommand(owner, portfolio,
        StatementFormat.PHASEWISE_CSV, Map.of(), "benchmark.csv", new ByteArrayInputStream(statement), null)));
    if (report.log().stored() != events || !report.problems().isEmpty()) {
      throw new IllegalStateException(report.log().stored() + " of " + events + " rows stored: " + report.problems());
    }
    return report;
  }

  private PortfolioUseCases portfolios() {
    return app.useCases().portfolios();
  }

  private static <T> T orThrow(Either<Failure, T> result) {
    return result.getOrElseThrow(failure -> new IllegalStateException(failure.message()));
  }
}
