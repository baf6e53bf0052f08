package io.phasewise.bootstrap;

import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand.UnknownSymbols;
import io.phasewise.application.portfolio.port.in.PerformanceQuery;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.phasewise.application.portfolio.port.in.ValuationQuery;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.Valuation;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code portfolio} commands: {@code list} a user's portfolios, {@code import} a broker statement
 * into one, and print one's {@code report} (holdings, cash, summary and performance as aligned tables).
 * The user is named by e-mail address, the portfolio by id or name; an unknown one is a bad argument.
 */
@Command(name = "portfolio", description = "A user's portfolios: list them, import statements, print a report.",
    subcommands = {PortfolioCommand.ListPortfolios.class, PortfolioCommand.ImportStatement.class, PortfolioCommand.Report.class})
final class PortfolioCommand extends AccountCommands.Group {

  /** The counts of an import as one line: read, stored, already stored, skipped and refused. */
  static String counts(SyncLogEntry log) {
    return "read " + log.read() + ", stored " + log.stored() + ", already stored " + log.alreadyStored() + ", skipped "
        + log.skipped() + ", refused " + log.refused();
  }

  /**
   * A subcommand about the portfolios of the user {@code --user}: checks its arguments, runs on the
   * configured database and prints to the command line's output; returns the exit code.
   */
  abstract static class ForOwner implements Callable<Integer> {
    @CommandLine.ParentCommand
    PortfolioCommand group;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The owner's e-mail address.")
    String user;

    /** Checks the subcommand's other arguments before the database starts; by default there are none. */
    void check() {}

    abstract int run(Phasewise app, UserId owner, PrintWriter out);

    @Override
    public Integer call() {
      EmailAddress email = AccountCommands.email(user);
      check();
      try (Phasewise app = Phasewise.start(group.parent.settings())) {
        UserId owner = result(app.useCases().accounts().findUser().findByEmail(email).mapLeft(f -> f instanceof Failure.NotFound
            ? Failure.InvalidInput.of("--user", "no user has the e-mail address " + email)
            : f)).id();
        PrintWriter out = spec.commandLine().getOut();
        int exit = run(app, owner, out);
        out.flush();
        return exit;
      }
    }
  }

  /** A subcommand about one portfolio of the user, named by {@code --portfolio}. */
  abstract static class OnPortfolio extends ForOwner {
    @Option(names = "--portfolio", required = true, paramLabel = "ID|NAME", description = "The portfolio's id or name.")
    String portfolio;

    abstract int run(Phasewise app, UserId owner, PortfolioSummaryRow portfolio, PrintWriter out);

    @Override
    final int run(Phasewise app, UserId owner, PrintWriter out) {
      List<PortfolioSummaryRow> owned = result(app.useCases().portfolios().list().list(owner));
      String wanted = portfolio.strip();
      List<PortfolioSummaryRow> matching = owned.stream().filter(p -> p.id().toString().equalsIgnoreCase(wanted)).toList();
      if (matching.isEmpty()) matching = owned.stream().filter(p -> p.name().equals(wanted)).toList();
      if (matching.isEmpty()) matching = owned.stream().filter(p -> p.name().equalsIgnoreCase(wanted)).toList();
      if (matching.size() != 1) {
        throw new IllegalArgumentException((matching.isEmpty() ? user + " has no portfolio '" + wanted + "'" : "several portfolios are named '"
            + wanted + "': give the id") + "; " + (owned.isEmpty() ? "they have none" : "theirs: " + describe(matching.isEmpty() ? owned : matching)));
      }
      return run(app, owner, matching.get(0), out);
    }

    private static String describe(List<PortfolioSummaryRow> portfolios) {
      return portfolios.stream().map(p -> p.name() + " (" + p.id() + ")").collect(Collectors.joining(", "));
    }
  }

  /** A use case's answer, or its refusal thrown: invalid input as a bad argument (exit code 2), anything else exit code 1. */
  static <T> T result(Either<Failure, T> answer) {
    if (answer.isRight()) return answer.get();
    if (answer.getLeft() instanceof Failure.InvalidInput invalid) throw new IllegalArgumentException(invalid.message());
    throw new IllegalStateException(answer.getLeft().message());
  }

  /** {@code value} built from the command line, its refusal as a bad argument naming the option. */
  static <T> T checked(String option, Supplier<T> value) {
    try {
      return value.get();
    } catch (InvalidInputException refused) {
      throw new IllegalArgumentException(option + ": " + refused.problem());
    }
  }

  /** {@code portfolio list --user EMAIL}: the user's portfolios, one per line. */
  @Command(name = "list", description = "List a user's portfolios: id, name, base currency, booking method, events.")
  static final class ListPortfolios extends ForOwner {
    @Override
    int run(Phasewise app, UserId owner, PrintWriter out) {
      List<PortfolioSummaryRow> owned = result(app.useCases().portfolios().list().list(owner));
      if (owned.isEmpty()) {
        out.println(user + " has no portfolio yet");
        return 0;
      }
      TextTable table = new TextTable("LLLLLR", "id", "name", "base", "method", "shorts", "events");
      owned.forEach(p -> table.row(p.id().toString(), p.name(), p.baseCurrency().code(), p.method().name(), p.allowShorts() ? "yes" : "no",
          Integer.toString(p.events())));
      out.print(table);
      return 0;
    }
  }

  /** {@code portfolio import}: one statement file into one portfolio, printing the counts and every refused line. */
  @Command(name = "import", description = "Import a broker or exchange statement into a portfolio; importing it again adds nothing.")
  static final class ImportStatement extends OnPortfolio {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The statement's layout: PHASEWISE_CSV,"
        + " COLUMN_MAPPED_CSV, IBKR_FLEX_TRADES, KRAKEN_LEDGER, KRAKEN_TRADES, KUCOIN_TRADES, YAHOO_PORTFOLIO, GHOSTFOLIO_CSV, GHOSTFOLIO_JSON.")
    String format;

    @Option(names = "--column", paramLabel = "FIELD=HEADER", description = "For COLUMN_MAPPED_CSV: the file's header of a Phasewise"
        + " field (type, date, time, symbol, quantity, unit_price, currency, gross, fee, tax, fx_rate, source_id, note); repeatable.")
    Map<String, String> columns;

    @Option(names = "--unknown-symbols", defaultValue = "register", paramLabel = "register|external", description = "A symbol no asset"
        + " has: register a new asset (default) or keep it external, valued from prices you record.")
    String unknownSymbols;

    @Parameters(paramLabel = "<file>", description = "The statement file.")
    Path file;

    private StatementFormat statementFormat;
    private UnknownSymbols unknown;

    @Override
    void check() {
      statementFormat = Arrays.stream(StatementFormat.values())
          .filter(f -> f.name().equals(format.strip().toUpperCase(Locale.ROOT).replace('-', '_'))).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown --format '" + format + "'; use one of "
              + Arrays.stream(StatementFormat.values()).map(Enum::name).collect(Collectors.joining(", "))));
      if (columns != null && statementFormat != StatementFormat.COLUMN_MAPPED_CSV) {
        throw new IllegalArgumentException("--column maps the columns of a COLUMN_MAPPED_CSV file, not of " + statementFormat);
      }
      unknown = switch (unknownSymbols.strip().toLowerCase(Locale.ROOT)) {
        case "register" -> UnknownSymbols.REGISTER;
        case "external" -> UnknownSymbols.EXTERNAL;
        default -> throw new IllegalArgumentException("--unknown-symbols is register or external, not '" + unknownSymbols + "'");
      };
      if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
    }

    @Override
    int run(Phasewise app, UserId owner, PortfolioSummaryRow portfolio, PrintWriter out) {
      String name = file.getFileName().toString();
      StatementImportReport report;
      try (InputStream in = Files.newInputStream(file)) {
        report = result(app.useCases().portfolios().importStatement()
            .importStatement(new ImportStatementCommand(owner, portfolio.id(), statementFormat, columns, name, in, unknown)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      out.println(name + " into \"" + portfolio.name() + "\": " + counts(report.log()));
      report.problems().forEach(p -> out.println("  " + name + ": " + p));
      if (!report.registeredSymbols().isEmpty()) out.println("  registered as new assets: " + String.join(", ", report.registeredSymbols()));
      return report.log().status() == SyncLogEntry.SyncStatus.FAILED ? 1 : 0;
    }
  }

  /** {@code portfolio report}: a portfolio's holdings, cash and summary as of a day, and its performance over a period. */
  @Command(name = "report", description = "Print a portfolio's holdings, cash, summary and performance (TWR, XIRR, Modified Dietz,"
      + " ROI, drawdown, volatility, Sharpe, Sortino), optionally against a benchmark.")
  static final class Report extends OnPortfolio {
    @Option(names = "--as-of", paramLabel = "DATE", description = "Value the portfolio as of this day, YYYY-MM-DD (default: today, UTC).")
    String asOf;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the performance period (default: the ledger's first day).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the performance period (default: --as-of).")
    String to;

    @Option(names = "--benchmark", paramLabel = "SYMBOL", description = "Compare with this stored asset, e.g. SPY.")
    String benchmark;

    private LocalDate day;
    private LocalDate first;
    private LocalDate last;

    @Override
    void check() {
      day = date("--as-of", asOf);
      first = date("--from", from);
      last = to == null ? day : date("--to", to);
      if (first != null && last != null) checked(first.isAfter(last) ? "--to" : "--from", () -> PerformanceQuery.period(first, last));
    }

    @Override
    int run(Phasewise app, UserId owner, PortfolioSummaryRow portfolio, PrintWriter out) {
      Optional<AssetId> compared = Optional.ofNullable(benchmark).map(symbol -> asset(app, symbol));
      PortfolioUseCases portfolios = app.useCases().portfolios();
      Valuation valuation = result(portfolios.value().value(new ValuationQuery(owner, portfolio.id(), day)));
      PortfolioPerformance performance = result(portfolios.performance().performance(
          new PerformanceQuery(owner, portfolio.id(), first, last, compared, OptionalDouble.empty(), OptionalDouble.empty())));
      out.print(new PortfolioReportText(portfolio, instrument -> symbol(app, instrument)).render(valuation, performance));
      return 0;
    }

    private static AssetId asset(Phasewise app, String symbol) {
      List<Asset> assets = app.useCases().market().findAsset().withSymbol(symbol.strip().toUpperCase(Locale.ROOT));
      if (assets.isEmpty()) throw new IllegalArgumentException("--benchmark: no asset has the symbol '" + symbol + "'");
      return assets.get(0).id();
    }

    private static String symbol(Phasewise app, Instrument instrument) {
      if (instrument instanceof Instrument.External external) return external.symbol();
      AssetId id = ((Instrument.Tracked) instrument).asset();
      return app.useCases().market().findAsset().find(id).map(Asset::symbol).getOrElse("asset " + id);
    }

    private static LocalDate date(String option, String text) {
      if (text == null) return null;
      LocalDate date;
      try {
        date = LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(option + ": '" + text + "' is not a date (YYYY-MM-DD)");
      }
      if (date.isBefore(ValuationQuery.EARLIEST) || date.isAfter(ValuationQuery.LATEST)) {
        throw new IllegalArgumentException(option + " must lie between " + ValuationQuery.EARLIEST + " and " + ValuationQuery.LATEST
            + ", not " + date);
      }
      return date;
    }
  }
}
