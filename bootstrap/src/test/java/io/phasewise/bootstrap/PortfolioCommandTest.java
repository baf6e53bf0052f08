package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.account.port.in.RegisterUserCommand;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code portfolio list}, {@code import} and {@code report} against an embedded database in a temporary
 * home, on case T1 of PORTFOLIO.md: BUY 10 @ 100 fee 5, BUY 10 @ 120 fee 5, SELL 15 @ 130 fee 6.50,
 * valued at 140, FIFO: realized 336.00, unrealized 97.50.
 */
class PortfolioCommandTest {
  private static final String USER = "t1@example.org";
  private static final String CLOSES = """
      Date,Open,High,Low,Close,Adj Close,Volume
      2024-01-02,100,100,100,100,100,1000
      2024-01-03,120,120,120,120,120,1000
      2024-01-04,130,130,130,130,130,1000
      2024-01-05,140,140,140,140,140,1000
      """;
  private static final String LEDGER = """
      type,date,symbol,quantity,unit_price,currency,gross,fee,note
      DEPOSIT,2024-01-02,,,,USD,3000,,
      BUY,2024-01-02,TONE,10,100,USD,,5,first lot
      BUY,2024-01-03,TONE,10,120,USD,,5,second lot
      SELL,2024-01-04,TONE,15,130,USD,,6.50,"across both lots"
      """;

  @TempDir
  Path home;

  private final CliRun cli = new CliRun();
  private Portfolio portfolio;

  private int run(String... args) {
    return cli.runIn(home, args);
  }

  @BeforeEach
  void a_user_with_an_empty_portfolio_and_an_asset_with_four_closes() {
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      UserId owner = app.useCases().accounts().registerUser().register(new RegisterUserCommand(EmailAddress.of(USER), UserSettings.EMPTY))
          .get().user().id();
      Asset tone = app.useCases().market().registerAsset()
          .register(new RegisterAssetCommand(AssetProfile.of("TONE", "Case T1", AssetType.STOCK))).get();
      app.useCases().market().importCandleFile().importFile(ImportCandleFileCommand.of(tone.id(), Interval.D1,
          new ByteArrayInputStream(CLOSES.getBytes(StandardCharsets.UTF_8)), "TONE.csv", CandleFileFormat.YAHOO)).get();
      portfolio = app.useCases().portfolios().open()
          .open(new OpenPortfolioCommand(owner, "Case T1", CurrencyCode.of("USD"), BookingMethod.FIFO, false)).get();
    }
  }

  @Test
  void a_statement_is_imported_once_and_the_report_shows_the_t1_figures() throws IOException {
    Path ledger = Files.writeString(home.resolve("t1.csv"), LEDGER);

    assertThat(run("portfolio", "list", "--user", USER)).isZero();
    assertThat(cli.out()).contains("Case T1", portfolio.id().toString(), "USD", "FIFO");
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "phasewise-csv", ledger.toString())).isZero();
    assertThat(cli.out()).isEqualTo("t1.csv into \"Case T1\": read 4, stored 4, already stored 0, skipped 0, refused 0\n");
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", portfolio.id().toString(), "--format", "PHASEWISE_CSV",
        ledger.toString())).isZero();
    assertThat(cli.out()).isEqualTo("t1.csv into \"Case T1\": read 4, stored 0, already stored 4, skipped 0, refused 0\n");

    assertThat(run("portfolio", "report", "--user", USER, "--portfolio", "case t1", "--as-of", "2024-01-05", "--benchmark", "TONE")).isZero();
    String report = cli.out();
    assertThat(report).startsWith("Case T1 (USD, FIFO) as of 2024-01-05\n");
    assertThat(report.lines()).anySatisfy(line -> assertThat(line.split(" +"))
        .containsExactly("TONE", "5", "140.00", "700.00", "602.50", "97.50", "336.00", "0.00", "100.00%"));
    assertThat(report.lines()).anySatisfy(line -> assertThat(line.split(" +")).containsExactly("USD", "2733.50", "2733.50"));
    assertThat(report).containsPattern("total value +3433\\.50\n").containsPattern("invested amount +3000\\.00\n")
        .containsPattern("total gain +433\\.50\n").containsPattern("realized \\(net of fees\\) +336\\.00\n")
        .containsPattern("unrealized \\(net of fees\\) +97\\.50\n").containsPattern("holdings +1\n");
    assertThat(report).contains("Performance 2024-01-02 to 2024-01-05\n")
        .containsPattern("\nTWR +[+-]\\d+\\.\\d\\d% +TWR = ")
        .containsPattern("\nXIRR +[+-]\\d+\\.\\d\\d% +XIRR: ")
        .containsPattern("\nModified Dietz +[+-]\\d+\\.\\d\\d% +Modified Dietz = ")
        .containsPattern("\nsimple ROI +\\+14\\.45% +simple ROI = ")
        .containsPattern("\nmax drawdown +[+-]\\d+\\.\\d\\d% +peak 2024-01-0\\d, trough 2024-01-0\\d")
        .containsPattern("\nvolatility +")
        .containsPattern("\nSharpe +")
        .containsPattern("\nSortino +")
        .containsPattern("\nbenchmark TONE +2024-01-02 to 2024-01-05, \\d days with a close\n")
        .containsPattern("\n  TONE return +\\+40\\.00% ")
        .containsPattern("\n  excess return ");
  }

  @Test
  void bad_rows_are_listed_with_their_lines_while_the_good_ones_are_stored() throws IOException {
    Path statement = Files.writeString(home.resolve("mixed.csv"), LEDGER
        + "BUY,2024-01-04,TONE,many,130,USD,,,\n"
        + "SELL,2024-01-05,TONE,50,140,USD,,,\n"
        + "BUY,2024-01-05,,1,140,USD,,,\n");

    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "PHASEWISE_CSV", statement.toString())).isZero();

    assertThat(cli.out()).startsWith("mixed.csv into \"Case T1\": read 7, stored 4, already stored 0, skipped 0, refused 3\n")
        .containsPattern("\n  mixed.csv: line 6: quantity[^\n]*many")
        .containsPattern("\n  mixed.csv: line 7: [^\n]* takes 50 [^\n]* holds 5[.0]* then\n")
        .containsPattern("\n  mixed.csv: line 8: BUY needs a symbol\n");
  }

  @Test
  void a_bad_argument_is_exit_code_2_with_one_line_naming_it() throws IOException {
    Path ledger = Files.writeString(home.resolve("t1.csv"), LEDGER);
    int usage = CommandLine.ExitCode.USAGE;

    assertThat(run("portfolio", "list", "--user", "nobody@example.org")).isEqualTo(usage);
    assertThat(run("portfolio", "report", "--user", USER, "--portfolio", "Other")).isEqualTo(usage);
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "CSV", ledger.toString())).isEqualTo(usage);
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "PHASEWISE_CSV", "--column", "date=Day",
        ledger.toString())).isEqualTo(usage);
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "PHASEWISE_CSV", "--unknown-symbols", "guess",
        ledger.toString())).isEqualTo(usage);
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "COLUMN_MAPPED_CSV", "--column", "day=Date",
        ledger.toString())).isEqualTo(usage);
    assertThat(run("portfolio", "report", "--user", USER, "--portfolio", "Case T1", "--as-of", "2024-13-01")).isEqualTo(usage);
    assertThat(run("portfolio", "report", "--user", USER, "--portfolio", "Case T1", "--from", "2024-02-01", "--to", "2024-01-01"))
        .isEqualTo(usage);
    assertThat(run("portfolio", "report", "--user", USER, "--portfolio", "Case T1", "--benchmark", "NOPE")).isEqualTo(usage);
    assertThat(run("portfolio", "import", "--user", USER, "--portfolio", "Case T1", "--format", "PHASEWISE_CSV",
        home.resolve("nope.csv").toString())).isEqualTo(usage);

    assertThat(cli.err()).contains(
        "phasewise: --user: no user has the e-mail address nobody@example.org",
        "phasewise: " + USER + " has no portfolio 'Other'; theirs: Case T1 (" + portfolio.id() + ")",
        "phasewise: unknown --format 'CSV'; use one of PHASEWISE_CSV, COLUMN_MAPPED_CSV,",
        "phasewise: --column maps the columns of a COLUMN_MAPPED_CSV file, not of PHASEWISE_CSV",
        "phasewise: --unknown-symbols is register or external, not 'guess'",
        "phasewise: columns: unknown field 'day'",
        "phasewise: --as-of: '2024-13-01' is not a date (YYYY-MM-DD)",
        "phasewise: --to: the period ends (2024-01-01) before it starts (2024-02-01)",
        "phasewise: --benchmark: no asset has the symbol 'NOPE'",
        "phasewise: no such file: " + home.resolve("nope.csv")).doesNotContain("Exception");
  }
}
