package io.phasewise.bootstrap;

import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.account.port.in.Registration;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Portfolio;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The demo user's sample portfolio: {@value #EMAIL} with an API token whose secret is written to
 * {@code <home>/demo-token} (mode 600, never printed) and the id of "Demo portfolio" (USD, FIFO) to
 * {@code <home>/demo-portfolio}, its ledger imported from {@code demo/portfolio.csv}. That ledger is made
 * up, but every trade is at the shipped close of its day and the SPY and AAPL dividends are those the
 * shipped adjusted closes imply (ex-date amount per share, paid at the end of the following month).
 */
final class DemoPortfolio {
  static final String EMAIL = "demo@phasewise.local";
  static final String NAME = "Demo portfolio";
  static final String TOKEN_FILE = "demo-token";
  static final String ID_FILE = "demo-portfolio";
  private static final String LEDGER = "portfolio.csv";

  private DemoPortfolio() {}

  /** Signs the demo user up, opens their portfolio and imports its ledger; returns the import's report. */
  static StatementImportReport create(Phasewise app, Path home, PrintStream progress) {
    Registration demo = app.useCases().accounts().registerUser()
        .register(new RegisterUserCommand(EmailAddress.of(EMAIL), UserSettings.EMPTY))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
    PortfolioUseCases portfolios = app.useCases().portfolios();
    Portfolio portfolio = portfolios.open()
        .open(new OpenPortfolioCommand(demo.user().id(), NAME, CurrencyCode.of("USD"), BookingMethod.FIFO, false))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
    InputStream csv = DemoPortfolio.class.getResourceAsStream("/demo/" + LEDGER);
    if (csv == null) throw new IllegalStateException("demo sample missing from the jar: " + LEDGER);
    StatementImportReport report = portfolios.importStatement()
        .importStatement(new ImportStatementCommand(demo.user().id(), portfolio.id(), StatementFormat.PHASEWISE_CSV, Map.of(),
            "demo/" + LEDGER, csv, ImportStatementCommand.UnknownSymbols.REGISTER))
        .getOrElseThrow(f -> new IllegalStateException(f.message()));
    Path token = OwnerOnlyFile.write(home.resolve(TOKEN_FILE), demo.token().secret().value(), true);
    Path id = OwnerOnlyFile.write(home.resolve(ID_FILE), portfolio.id().toString(), false);
    progress.println("  demo user " + EMAIL + ": \"" + NAME + "\" " + PortfolioCommand.counts(report.log()));
    report.problems().forEach(p -> progress.println("    " + LEDGER + ": " + p));
    progress.println("  its API token is in " + token + ", the portfolio id in " + id);
    return report;
  }
}
