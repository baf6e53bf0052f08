package io.phasewise.bootstrap;

import static io.phasewise.bootstrap.PortfolioApiUser.cash;
import static io.phasewise.bootstrap.PortfolioApiUser.external;
import static io.phasewise.bootstrap.PortfolioApiUser.trade;
import static io.phasewise.bootstrap.PortfolioApiUser.tracked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasewise.bootstrap.PortfolioApiUser.DailyBars;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked cases of docs/PORTFOLIO.md section 8 end to end: one served Phasewise on the embedded
 * PostgreSQL for the class, and for each case a new user who registers the assets with their daily
 * candles, opens a portfolio, records the case's events through the ledger API and reads the exact
 * figures back from the holdings, summary, performance and value-series endpoints.
 */
class PortfolioWorkedCasesEndToEndTest {
  private static final HttpCalls HTTP = HttpCalls.http11();

  @TempDir
  static Path home;

  @RegisterExtension
  static final ServedPhasewise SERVED = new ServedPhasewise(() -> home);

  private static int users;

  private static PortfolioApiUser newUser() throws Exception {
    return PortfolioApiUser.signUp(HTTP, SERVED.baseUri(), "worked-case-" + (++users) + "@example.org", SERVED.adminToken());
  }

  private static void assertAmount(JsonNode value, String expected) {
    assertThat(value.isTextual()).as("an exact decimal string: " + value).isTrue();
    assertThat(new BigDecimal(value.asText())).as(value.toString()).isEqualByComparingTo(expected);
  }

  /** Asserts a gain's {@code net}, {@code gross} and {@code fees}. */
  private static void assertGain(JsonNode gain, String net, String gross, String fees) {
    assertAmount(gain.get("net"), net);
    assertAmount(gain.get("gross"), gross);
    assertAmount(gain.get("fees"), fees);
  }

  private static JsonNode onlyHolding(JsonNode valuation) {
    assertThat(valuation.get("holdings")).as(valuation.toString()).hasSize(1);
    return valuation.get("holdings").get(0);
  }

  private static JsonNode onlyClosed(JsonNode valuation) {
    assertThat(valuation.get("holdings")).as(valuation.toString()).isEmpty();
    assertThat(valuation.get("closed")).as(valuation.toString()).hasSize(1);
    return valuation.get("closed").get(0);
  }

  private static double returnOf(JsonNode performance, String name) {
    JsonNode value = performance.get("returns").get(name).get("value");
    assertThat(value.isNumber()).as(name + " in " + performance).isTrue();
    return value.asDouble();
  }

  /** One field of every point of a value series, opening first. */
  private static double[] column(JsonNode series, String field) {
    double[] values = new double[series.get("points").size()];
    for (int t = 0; t < values.length; t++) values[t] = series.get("points").get(t).get(field).asDouble();
    return values;
  }

  /** The return of {@code day} on the TWR index of the value series: index_day / index_(day before) − 1. */
  private static double dailyReturn(JsonNode series, String day) {
    JsonNode points = series.get("points");
    for (int t = 1; t < points.size(); t++) {
      if (points.get(t).get("date").asText().equals(day)) {
        return points.get(t).get("twrIndex").asDouble() / points.get(t - 1).get("twrIndex").asDouble() - 1;
      }
    }
    throw new AssertionError(day + " is not in " + series);
  }

  @ParameterizedTest(name = "T1 {0}: realized {1} (gross {2}), unrealized {3} (gross {4})")
  @CsvSource({
      "FIFO,    336.00, 350.00,  97.50, 100.00",
      "LIFO,    236.00, 250.00, 197.50, 200.00",
      "HIFO,    236.00, 250.00, 197.50, 200.00",
      "AVERAGE, 286.00, 300.00, 147.50, 150.00"})
  void t1_a_partial_sale_across_two_lots(String method, String realized, String realizedGross, String unrealized, String unrealizedGross)
      throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T1" + method, "stock", "USD", new DailyBars().close("2024-01-02", "100")
        .close("2024-01-03", "120").close("2024-01-04", "130").close("2024-01-05", "140")));
    String portfolio = user.open("T1", "USD", method, false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "10", "100", "5"), trade("BUY", "2024-01-03", stock, "10", "120", "5"),
        trade("SELL", "2024-01-04", stock, "15", "130", "6.50"));

    JsonNode holding = onlyHolding(user.holdings(portfolio, "2024-01-05"));
    // the 6.50 of the sale and 7.50 of buy fees carried by the 15 shares sold; 2.50 stay in the 5 shares held
    assertGain(holding.get("realized"), realized, realizedGross, "14.00");
    assertGain(holding.get("unrealized"), unrealized, unrealizedGross, "2.50");
    assertAmount(holding.get("saleProceeds"), "1943.50");
    assertAmount(holding.get("purchaseCosts"), "2210.00");
    assertAmount(holding.get("marketValue"), "700.00");
    assertThat(new BigDecimal(realized).add(new BigDecimal(unrealized))).isEqualByComparingTo("433.50");
  }

  @ParameterizedTest(name = "T2 {0}: realized {1}, remaining cost {2}, unrealized at 80 {3}")
  @CsvSource({"FIFO, 450.00, 300.00, 100.00", "AVERAGE, 416.67, 266.67, 133.33"})
  void t2_a_two_for_one_split_read_from_the_candle_store(String method, String realized, String remainingCost, String unrealized)
      throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T2" + method, "stock", "USD", new DailyBars().close("2024-01-02", "100")
        .split("2024-02-01", "50", "2").close("2024-03-01", "60").close("2024-04-01", "70").close("2024-04-02", "80")));
    String portfolio = user.open("T2", "USD", method, false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "10", "100", "0"));

    JsonNode lot = onlyHolding(user.holdings(portfolio, "2024-02-15")).get("lots").get(0);
    assertAmount(lot.get("quantity"), "20");
    assertAmount(lot.get("cost"), "1000.00");
    assertAmount(lot.get("unitCost"), "50");
    assertThat(lot.get("acquiredOn").asText()).isEqualTo("2024-01-02");

    user.record(portfolio, trade("BUY", "2024-03-01", stock, "10", "60", "0"), trade("SELL", "2024-04-01", stock, "25", "70", "0"));
    JsonNode holding = onlyHolding(user.holdings(portfolio, "2024-04-02"));
    assertAmount(holding.get("quantity"), "5");
    assertAmount(holding.get("realized").get("net"), realized);
    assertAmount(holding.get("costBasis"), remainingCost);
    assertAmount(holding.get("unrealized").get("net"), unrealized);
  }

  @Test
  void t2_a_sale_that_only_fits_with_the_split_is_refused_naming_the_event_until_the_split_is_stored() throws Exception {
    PortfolioApiUser user = newUser();
    DailyBars withoutSplit = new DailyBars().close("2024-01-02", "100").close("2024-02-01", "50").close("2024-03-01", "60");
    long asset = user.asset("T2MISSING", "stock", "USD", withoutSplit);
    ObjectNode stock = tracked(asset);
    String portfolio = user.open("T2 without the split", "USD", "FIFO", false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "10", "100", "0"), trade("BUY", "2024-03-01", stock, "10", "60", "0"));

    HttpResponse<String> oversold = user.tryRecord(portfolio, trade("SELL", "2024-04-01", stock, "25", "70", "0"));

    assertThat(oversold.statusCode()).as(oversold.body()).isEqualTo(409);
    assertThat(PortfolioApiUser.JSON.readTree(oversold.body()).get("detail").asText())
        .matches("event [0-9a-f-]{36} takes 25 of asset:" + asset + " but the position holds 20 then");
    // the corrected bar in the market store fixes the holding: the same sale now fits
    user.importBars(asset, new DailyBars().split("2024-02-01", "50", "2"));
    user.record(portfolio, trade("SELL", "2024-04-01", stock, "25", "70", "0"));
    assertAmount(onlyHolding(user.holdings(portfolio, "2024-04-01")).get("realized").get("net"), "450.00");
  }

  @ParameterizedTest(name = "T3 {0}: realized {1}, remaining cost {2}")
  @CsvSource({"FIFO, 25, 1600", "LIFO, 125, 1700", "HIFO, -25, 1550", "AVERAGE, 75, 1650"})
  void t3_the_methods_disagree(String method, String realized, String remainingCost) throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T3" + method, "stock", "USD", new DailyBars().close("2024-01-05", "115")));
    String portfolio = user.open("T3", "USD", method, false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "10", "120", "0"), trade("BUY", "2024-01-03", stock, "10", "100", "0"),
        trade("BUY", "2024-01-04", stock, "10", "110", "0"), trade("SELL", "2024-01-05", stock, "15", "115", "0"));

    JsonNode holding = onlyHolding(user.holdings(portfolio, "2024-01-05"));
    assertAmount(holding.get("realized").get("net"), realized);
    assertAmount(holding.get("costBasis"), remainingCost);
  }

  @ParameterizedTest(name = "T4 {0}: realized {1}, unrealized {2}")
  @CsvSource({"FIFO, 2250, 600", "AVERAGE, 1650, 1200"})
  void t4_several_buys_and_sells(String method, String realized, String unrealized) throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T4" + method, "stock", "USD", new DailyBars().close("2024-01-10", "108")));
    String portfolio = user.open("T4", "USD", method, false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "100", "95", "0"), trade("BUY", "2024-01-03", stock, "200", "105", "0"),
        trade("BUY", "2024-01-04", stock, "100", "107", "0"), trade("SELL", "2024-01-05", stock, "150", "110", "0"),
        trade("BUY", "2024-01-08", stock, "50", "100", "0"), trade("BUY", "2024-01-09", stock, "300", "107.5", "0"),
        trade("SELL", "2024-01-10", stock, "200", "108", "0"));

    JsonNode holding = onlyHolding(user.holdings(portfolio, "2024-01-10"));
    assertAmount(holding.get("quantity"), "400");
    assertAmount(holding.get("realized").get("net"), realized);
    assertAmount(holding.get("unrealized").get("net"), unrealized);
  }

  /** T6: the price is already 200 at the close before the second deposit, which buys at 200 (inflows count at the start of a day). */
  private static JsonNode t6(String finalPrice) throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T6AT" + finalPrice, "stock", "USD", new DailyBars().close("2023-01-01", "100")
        .close("2023-06-30", "200").close("2023-07-01", "200").close("2024-01-01", finalPrice)));
    String portfolio = user.open("T6", "USD", "FIFO", false);
    user.record(portfolio, cash("DEPOSIT", "2023-01-01", "1000"), trade("BUY", "2023-01-01", stock, "10", "100", "0"),
        cash("DEPOSIT", "2023-07-01", "2000"), trade("BUY", "2023-07-01", stock, "10", "200", "0"));
    return user.performance(portfolio, "2023-01-01", "2024-01-01");
  }

  @Test
  void t6_time_weighted_against_money_weighted() throws Exception {
    JsonNode performance = t6("150");

    assertThat(performance.get("closingValue").asDouble()).isEqualTo(3000);
    assertThat(returnOf(performance, "timeWeighted")).isCloseTo(0.50, within(1e-9));
    assertThat(returnOf(performance, "moneyWeighted")).isCloseTo(0.0, within(1e-9));
    assertThat(returnOf(performance, "modifiedDietz")).isCloseTo(0.0, within(1e-9));
    assertThat(performance.get("xirrRoots")).isEmpty();
    assertThat(performance.get("warnings")).isEmpty();
  }

  @Test
  void t6_with_a_final_price_of_180() throws Exception {
    JsonNode performance = t6("180");

    assertThat(performance.get("closingValue").asDouble()).isEqualTo(3600);
    assertThat(returnOf(performance, "timeWeighted")).isCloseTo(0.80, within(1e-9));
    assertThat(returnOf(performance, "moneyWeighted")).isCloseTo(0.309125, within(5e-7));
    assertThat(returnOf(performance, "modifiedDietz")).isCloseTo(0.29877, within(5e-6));
    assertThat(performance.get("returns").get("moneyWeighted").get("name").asText()).isEqualTo("XIRR");
    assertThat(performance.get("returns").get("moneyWeighted").get("formula").asText()).isNotBlank();
  }

  /**
   * T8's flows as a ledger: XIRR's flows are the deposits (negative), the withdrawals (positive) and
   * the closing value (positive); the opening value is 0 because the period starts with the first
   * deposit. A 10,000 deposit, withdrawals of 2,750, 4,250 and 3,250 on T8's dates, and 3,000 of
   * interest (income inside the portfolio, not an external flow) in between leave a closing value of
   * 10,000 + 3,000 − 10,250 = 2,750 on 2009-04-01: exactly T8's five flows.
   */
  @Test
  void t8_xirr_of_a_ledger_whose_flows_are_t8s() throws Exception {
    PortfolioApiUser user = newUser();
    String portfolio = user.open("T8", "USD", "FIFO", false);
    user.record(portfolio, cash("DEPOSIT", "2008-01-01", "10000"), cash("WITHDRAWAL", "2008-03-01", "2750"),
        cash("INTEREST", "2008-06-30", "3000"), cash("WITHDRAWAL", "2008-10-30", "4250"), cash("WITHDRAWAL", "2009-02-15", "3250"));

    JsonNode performance = user.performance(portfolio, "2008-01-01", "2009-04-01");

    assertThat(performance.get("openingValue").asDouble()).isZero();
    assertThat(performance.get("closingValue").asDouble()).isEqualTo(2750);
    assertThat(returnOf(performance, "moneyWeighted")).isCloseTo(0.373362534, within(1e-6));
    assertThat(performance.get("xirrRoots")).isEmpty();
  }

  @Test
  void t9_a_reinvested_dividend() throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T9", "stock", "USD", new DailyBars().close("2024-01-02", "100").close("2024-03-01", "100")));
    String portfolio = user.open("T9", "USD", "FIFO", false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "10", "100", "0"),
        trade("DIVIDEND_REINVEST", "2024-03-01", stock, "0.2", "100", "0"));

    JsonNode holding = onlyHolding(user.holdings(portfolio, "2024-03-01"));
    assertAmount(holding.get("quantity"), "10.2");
    assertAmount(holding.get("costBasis"), "1020.00");
    assertAmount(holding.get("income"), "20.00");
    assertAmount(holding.get("unrealized").get("net"), "0.00");
    JsonNode summary = user.summary(portfolio, "2024-03-01");
    assertAmount(summary.get("income"), "20.00");
    assertThat(summary.get("holdings").asInt()).isEqualTo(1);
  }

  /** T10: three portfolios, each with flows on 2024-01-02, the day whose return the value series gives. */
  @Test
  void t10_flows_on_the_same_day() throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode deposited = tracked(user.asset("T10DEPOSIT", "stock", "USD",
        new DailyBars().close("2024-01-01", "100").close("2024-01-02", "107.5")));
    String plusDeposit = user.open("T10 deposit", "USD", "FIFO", false);
    user.record(plusDeposit, cash("DEPOSIT", "2024-01-01", "1000"), trade("BUY", "2024-01-01", deposited, "10", "100", "0"),
        cash("DEPOSIT", "2024-01-02", "500"));
    JsonNode series = user.valueSeries(plusDeposit, "2024-01-02", "2024-01-02");
    assertThat(column(series, "marketValue")).containsExactly(1000, 1575);
    assertThat(dailyReturn(series, "2024-01-02")).isCloseTo(0.05, within(1e-12));

    ObjectNode withdrawn = tracked(user.asset("T10WITHDRAWAL", "stock", "USD",
        new DailyBars().close("2024-01-01", "100").close("2024-01-02", "102")));
    String minusWithdrawal = user.open("T10 withdrawal", "USD", "FIFO", false);
    user.record(minusWithdrawal, cash("DEPOSIT", "2024-01-01", "1000"), trade("BUY", "2024-01-01", withdrawn, "10", "100", "0"),
        cash("WITHDRAWAL", "2024-01-02", "300"));
    series = user.valueSeries(minusWithdrawal, "2024-01-02", "2024-01-02");
    assertThat(column(series, "marketValue")).containsExactly(1000, 720);
    assertThat(dailyReturn(series, "2024-01-02")).isCloseTo(0.02, within(1e-12));

    ObjectNode roundTrip = tracked(user.asset("T10ROUNDTRIP", "stock", "USD", new DailyBars().close("2024-01-02", "103")));
    String sameDay = user.open("T10 round trip", "USD", "FIFO", false);
    user.record(sameDay, cash("DEPOSIT", "2024-01-02", "1000"), trade("BUY", "2024-01-02", roundTrip, "10", "100", "0"),
        trade("SELL", "2024-01-02", roundTrip, "10", "105", "0"));
    assertThat(dailyReturn(user.valueSeries(sameDay, "2024-01-02", "2024-01-02"), "2024-01-02")).isCloseTo(0.05, within(1e-12));
    JsonNode holdingReturn = user.performance(sameDay, "2024-01-02", "2024-01-02").get("holdings").get(0);
    assertThat(holdingReturn.get("timeWeightedReturn").asDouble()).as("the holding alone: bought for 1000, sold for 1050")
        .isCloseTo(0.05, within(1e-12));
  }

  /**
   * T11 on an external instrument valued from the prices the user recorded: 10 units bought at 100,
   * then 120, 90, 110, 80, 130. Two units sold and the 220 withdrawn in the fall lower the market value
   * (to a 46.7% drawdown) but not the TWR index, on which the drawdown is measured.
   */
  @Test
  void t11_maximum_drawdown_on_the_twr_index() throws Exception {
    PortfolioApiUser user = newUser();
    String portfolio = user.open("T11", "USD", "FIFO", false);
    user.recordPrices(portfolio, "T11FUND", "USD", "2024-01-01", "100", "2024-01-02", "120", "2024-01-03", "90", "2024-01-04", "110",
        "2024-01-05", "80", "2024-01-06", "130");
    ObjectNode fund = external("T11FUND", "USD");
    user.record(portfolio, cash("DEPOSIT", "2024-01-01", "1000"), trade("BUY", "2024-01-01", fund, "10", "100", "0"),
        trade("SELL", "2024-01-04", fund, "2", "110", "0"), cash("WITHDRAWAL", "2024-01-04", "220"));

    JsonNode series = user.valueSeries(portfolio, "2024-01-02", "2024-01-06");
    assertThat(column(series, "marketValue")).containsExactly(1000, 1200, 900, 880, 640, 1040);
    assertThat(column(series, "twrIndex")).containsExactly(new double[] {1, 1.2, 0.9, 1.1, 0.8, 1.3}, within(1e-12));
    JsonNode drawdown = user.performance(portfolio, "2024-01-02", "2024-01-06").get("risk").get("maxDrawdown");
    assertThat(drawdown.get("depth").asDouble()).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(drawdown.get("peak").asText()).isEqualTo("2024-01-02");
    assertThat(drawdown.get("trough").asText()).isEqualTo("2024-01-05");
    assertThat(drawdown.get("recovery").asText()).isEqualTo("2024-01-06");
  }

  @Test
  void t13_the_currency_part_of_a_gain() throws Exception {
    PortfolioApiUser user = newUser();
    user.asset("EURUSD=X", "forex", "USD", new DailyBars().close("2024-01-02", "1.10").close("2024-01-03", "1.00"));
    ObjectNode stock = tracked(user.asset("T13", "stock", "USD", new DailyBars().close("2024-01-02", "100").close("2024-01-03", "110")));
    String portfolio = user.open("T13", "EUR", "FIFO", false);
    user.record(portfolio, trade("BUY", "2024-01-02", stock, "10", "100", "0"));
    assertAmount(onlyHolding(user.holdings(portfolio, "2024-01-02")).get("costBasis"), "909.09");

    user.record(portfolio, trade("SELL", "2024-01-03", stock, "10", "110", "0"));
    JsonNode realized = onlyClosed(user.holdings(portfolio, "2024-01-03")).get("realized");
    assertAmount(realized.get("net"), "190.91");
    assertAmount(realized.get("pricePart"), "100.00");
    assertAmount(realized.get("currencyPart"), "90.91");
    assertAmount(user.summary(portfolio, "2024-01-03").get("realized").get("net"), "190.91");
  }

  @Test
  void t14_a_short_position() throws Exception {
    PortfolioApiUser user = newUser();
    ObjectNode stock = tracked(user.asset("T14", "stock", "USD",
        new DailyBars().close("2024-01-02", "50").close("2024-01-03", "55").close("2024-01-04", "40")));
    String portfolio = user.open("T14", "USD", "FIFO", true);
    user.record(portfolio, trade("SELL_SHORT", "2024-01-02", stock, "10", "50", "1"));

    JsonNode open = onlyHolding(user.holdings(portfolio, "2024-01-03"));
    assertThat(open.get("side").asText()).isEqualTo("SHORT");
    assertAmount(open.get("costBasis"), "499.00");
    assertAmount(open.get("marketValue"), "-550.00");
    assertAmount(open.get("unrealized").get("net"), "-51.00");

    user.record(portfolio, trade("BUY_TO_COVER", "2024-01-04", stock, "10", "40", "1"));
    assertAmount(onlyClosed(user.holdings(portfolio, "2024-01-04")).get("realized").get("net"), "98.00");
  }
}
