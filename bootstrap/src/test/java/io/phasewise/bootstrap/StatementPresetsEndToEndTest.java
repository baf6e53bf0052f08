package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.bootstrap.PortfolioApiUser.DailyBars;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Acceptance 3 of the portfolio issue, end to end over HTTP on the embedded PostgreSQL: for every
 * import preset, its sample statement (in the broker's own layout) uploaded into a new portfolio gives
 * the holdings and the cash per currency worked out by hand in {@link PresetExpectations}; uploading it
 * again stores nothing and changes no figure; and a copy with bad rows (a malformed number, a missing
 * date, a symbol that cannot be booked, a NUL character, a sale of more than is held) stores the good
 * rows with the same figures and reports each bad one with its line and reason, in a 200.
 */
class StatementPresetsEndToEndTest {
  private static final HttpCalls HTTP = HttpCalls.http11();
  private static final String AS_OF = "2025-01-01";

  @TempDir
  static Path home;

  @RegisterExtension
  static final ServedPhasewise SERVED = new ServedPhasewise(() -> home);

  /** Assets are shared by all users, so each symbol is registered once for the class. */
  private static final Map<String, Long> ASSETS = new HashMap<>();

  private PortfolioApiUser user;
  private PresetExpectations preset;
  private String portfolio;

  /**
   * Imports {@code format}'s file given by {@code file} into a new portfolio of a new operator, once the
   * preset's assets and rates are in the market store; returns the import's report. An operator's token
   * registers unknown symbols by default, so a symbol no asset can be registered under is a bad row.
   */
  private JsonNode importedIntoANewPortfolio(StatementFormat format, Function<PresetExpectations, String> file) throws Exception {
    preset = PresetExpectations.of(format);
    user = PortfolioApiUser.operator(HTTP, SERVED.baseUri(), SERVED.newAdminToken());
    for (PresetExpectations.Asset a : preset.assets()) {
      if (!ASSETS.containsKey(a.symbol())) ASSETS.put(a.symbol(), user.asset(a.symbol(), a.type(), a.quoteCurrency()));
    }
    for (PresetExpectations.Rate r : preset.rates()) {
      int quoteEnd = r.pair().indexOf('=');
      if (!ASSETS.containsKey(r.pair())) ASSETS.put(r.pair(), user.asset(r.pair(), "forex", r.pair().substring(quoteEnd - 3, quoteEnd)));
      user.importBars(ASSETS.get(r.pair()), new DailyBars().close(r.day(), r.close()));
    }
    portfolio = user.open(format.name(), preset.baseCurrency(), preset.method(), preset.allowShorts());
    return imported(file.apply(preset));
  }

  private JsonNode imported(String file) throws Exception {
    HttpResponse<String> response = user.importStatement(portfolio, "format=" + preset.format() + preset.query(), preset.contentType(), file);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = PortfolioApiUser.JSON.readTree(response.body());
    assertThat(report.get("registeredSymbols")).as("every symbol is registered beforehand").isEmpty();
    return report;
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(StatementFormat.class)
  void the_sample_gives_the_expected_holdings_and_cash_and_importing_it_again_changes_nothing(StatementFormat format) throws Exception {
    JsonNode first = importedIntoANewPortfolio(format, PresetExpectations::statement);

    assertThat(first.get("problems")).as(first.toString()).isEmpty();
    assertThat(first.get("log").get("stored").asInt()).isEqualTo(preset.stored());
    assertHoldingsAndCash();

    JsonNode again = imported(preset.statement());

    assertThat(again.get("log").get("stored").asInt()).isZero();
    assertThat(again.get("log").get("alreadyStored").asInt()).isEqualTo(preset.stored());
    assertThat(again.get("version").asLong()).as("nothing saved").isEqualTo(first.get("version").asLong());
    assertHoldingsAndCash();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(StatementFormat.class)
  void bad_rows_are_reported_by_line_while_the_good_ones_are_stored(StatementFormat format) throws Exception {
    JsonNode report = importedIntoANewPortfolio(format, PresetExpectations::withBadRows);

    Map<Long, String> reasons = new LinkedHashMap<>();
    report.get("problems").forEach(p -> reasons.put(p.get("line").asLong(), p.get("reason").asText()));
    assertThat(reasons.keySet()).as(report.toString()).containsExactlyElementsOf(preset.refused().keySet());
    preset.refused().forEach((line, words) -> assertThat(reasons.get(line)).as("line " + line).contains(withAssetIds(words)));
    assertThat(report.get("log").get("stored").asInt()).isEqualTo(preset.stored());
    assertThat(report.get("log").get("status").asText()).isEqualTo("PARTIAL");
    assertHoldingsAndCash();
  }

  /** {@code words} with each {@code asset:<symbol> } as the API names that asset: {@code asset:<id> }. */
  private static String withAssetIds(String words) {
    String named = words;
    for (Map.Entry<String, Long> asset : ASSETS.entrySet()) {
      named = named.replace("asset:" + asset.getKey() + " ", "asset:" + asset.getValue() + " ");
    }
    return named;
  }

  private void assertHoldingsAndCash() throws Exception {
    JsonNode valuation = user.holdings(portfolio, AS_OF);
    Map<Long, String> symbols = new HashMap<>();
    ASSETS.forEach((symbol, id) -> symbols.put(id, symbol));
    Map<String, PresetExpectations.Position> holdings = new LinkedHashMap<>();
    valuation.get("holdings").forEach(h -> holdings.put(symbols.get(h.get("instrument").get("assetId").asLong()),
        new PresetExpectations.Position(exact(h.get("quantity")), exact(h.get("costBasis")))));
    Map<String, BigDecimal> cash = new LinkedHashMap<>();
    valuation.get("cash").forEach(c -> cash.put(c.get("currency").asText(), exact(c.get("amount"))));

    assertThat(holdings).as(valuation.toString()).isEqualTo(preset.holdings());
    assertThat(cash).as(valuation.toString()).isEqualTo(preset.cash());
    assertThat(user.summary(portfolio, AS_OF).get("holdings").asInt()).isEqualTo(preset.holdings().size());
  }

  private static BigDecimal exact(JsonNode decimal) {
    assertThat(decimal.isTextual()).as("an exact decimal string: " + decimal).isTrue();
    return PresetExpectations.normal(decimal.asText());
  }
}
