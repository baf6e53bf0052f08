package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserId;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo user's sample portfolio: loaded with the demo universe into an empty database, every row of
 * {@code demo/portfolio.csv} stored, the token in an owner-only file and never printed, and the CLI
 * report of the portfolio against SPY.
 */
class DemoPortfolioTest {
  @TempDir
  Path home;

  @Test
  void the_demo_loads_a_portfolio_whose_every_row_is_stored_and_whose_token_only_its_owner_can_read() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CliRun cli = new CliRun();
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      assertThat(DemoUniverse.loadIfEmpty(app, home, new PrintStream(log, true, StandardCharsets.UTF_8))).isTrue();
      String printed = log.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("  demo user demo@phasewise.local: \"Demo portfolio\" read 46, stored 46, already stored 0, skipped 0, refused 0\n",
          "  its API token is in " + home.resolve("demo-token") + ", the portfolio id in " + home.resolve("demo-portfolio") + "\n");

      Path tokenFile = home.resolve(DemoPortfolio.TOKEN_FILE);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
      String secret = Files.readString(tokenFile).strip();
      assertThat(printed).doesNotContain(secret);
      UserId demo = app.useCases().accounts().findUser().findByEmail(EmailAddress.of(DemoPortfolio.EMAIL)).get().id();
      assertThat(app.useCases().accounts().authenticate().authenticate(secret)).contains(demo);
      List<PortfolioSummaryRow> portfolios = app.useCases().portfolios().list().list(demo).get();
      assertThat(portfolios).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo(DemoPortfolio.NAME);
        assertThat(p.events()).isEqualTo(46);
        assertThat(p.id().toString()).isEqualTo(Files.readString(home.resolve(DemoPortfolio.ID_FILE)).strip());
      });

      assertThat(cli.runIn(home, "portfolio", "report", "--user", DemoPortfolio.EMAIL, "--portfolio", DemoPortfolio.NAME, "--as-of",
          "2022-03-01", "--benchmark", "SPY")).isZero();
      assertThat(DemoUniverse.loadIfEmpty(app, home, new PrintStream(OutputStream.nullOutputStream()))).isFalse();
    }
    String report = cli.out();
    System.out.println(report);
    assertThat(report).startsWith("Demo portfolio (USD, FIFO) as of 2022-03-01\n");
    assertThat(report.lines()).anySatisfy(line -> assertThat(line).startsWith("AAPL ").contains(" 6000 "))
        .anySatisfy(line -> assertThat(line).startsWith("SPY ").contains(" 350 "))
        .anySatisfy(line -> assertThat(line).startsWith("BTC-USD ").contains(" 3.75 "))
        .anySatisfy(line -> assertThat(line).startsWith("SYN001 "))
        .anySatisfy(line -> assertThat(line).startsWith("SYN002 "));
    assertThat(report).containsPattern("\nholdings +3\n").contains("\nbenchmark SPY ");
  }
}
