package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.PortfolioClient.BASE;
import static io.phasewise.adapters.rest.PortfolioClient.deposit;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.feed;
import static io.phasewise.application.testing.MarketFixtures.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valuation and performance over HTTP: T1 holdings and summary, T6 returns with their formulas, a benchmark, the value series, refusals. */
class PortfolioAnalyticsApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static long t1Stock;
  private static long t6At150;
  private static long t6At180;
  private static long bench;
  private static int users;

  private PortfolioClient me;

  @BeforeAll
  static void fixtures() {
    t1Stock = asset("TONE");
    closes(t1Stock, "2024-01-04", "130", "2024-01-05", "140");
    t6At150 = asset("TSIXA");
    closes(t6At150, "2023-01-01", "100", "2023-06-30", "200", "2023-12-31", "150");
    t6At180 = asset("TSIXB");
    closes(t6At180, "2023-01-01", "100", "2023-06-30", "200", "2023-12-31", "180");
    bench = asset("BENCH");
    closes(bench, "2023-01-01", "50", "2023-07-01", "55", "2024-01-01", "60");
  }

  private static long asset(String symbol) {
    return server.admin().postJson("/api/assets", "{\"symbol\":\"" + symbol + "\",\"type\":\"stock\",\"quoteCurrency\":\"USD\"}").json()
        .get("id").asLong();
  }

  private static void closes(long asset, String... dayAndClose) {
    List<Candle> bars = new ArrayList<>();
    for (int i = 0; i < dayAndClose.length; i += 2) bars.add(candle(Instant.parse(dayAndClose[i] + "T00:00:00Z"), dayAndClose[i + 1], "test"));
    server.api().market.useCases.importCandles().importCandles(new ImportCandlesCommand(AssetId.of(asset), Interval.D1, feed(good(bars)))).get();
  }

  @BeforeEach
  void aUser() {
    me = new PortfolioClient(server.http(), AccountApiTest.signUp(server.http(), "analyst" + (++users) + "@example.org"));
  }

  private static String buy(String type, String date, long asset, String quantity, String price, String fee) {
    return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"instrument\":{\"assetId\":" + asset + "},\"quantity\":\"" + quantity
        + "\",\"unitPrice\":\"" + price + "\",\"fee\":\"" + fee + "\"}";
  }

  private String t1() {
    String p = me.open("T1");
    me.recorded(p, deposit("2024-01-01", "3000"));
    me.recorded(p, buy("BUY", "2024-01-02", t1Stock, "10", "100", "5"));
    me.recorded(p, buy("BUY", "2024-01-03", t1Stock, "10", "120", "5"));
    me.recorded(p, buy("SELL", "2024-01-04", t1Stock, "15", "130", "6.50"));
    return p;
  }

  private String t6(long stock) {
    String p = me.open("T6");
    me.recorded(p, deposit("2023-01-01", "1000"));
    me.recorded(p, buy("BUY", "2023-01-01", stock, "10", "100", "0"));
    me.recorded(p, deposit("2023-07-01", "2000"));
    me.recorded(p, buy("BUY", "2023-07-01", stock, "10", "200", "0"));
    return p;
  }

  private JsonNode ok(String path) {
    Http.Response response = me.get(path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static void decimal(JsonNode node, String expected) {
    assertThat(node.isTextual()).as("%s is an exact string", node).isTrue();
    assertThat(new BigDecimal(node.asText())).isEqualByComparingTo(expected);
  }

  @Test
  void t1_holdings_show_the_fifo_realized_and_unrealized_gains_and_the_open_lot() {
    String p = t1();

    JsonNode v = ok(BASE + "/" + p + "/holdings?asOf=2024-01-05");

    assertThat(v.get("asOf").asText()).isEqualTo("2024-01-05");
    JsonNode h = v.get("holdings").get(0);
    assertThat(h.get("instrument").get("assetId").asLong()).isEqualTo(t1Stock);
    decimal(h.get("quantity"), "5");
    decimal(h.get("realized").get("net"), "336.00");
    decimal(h.get("realized").get("gross"), "350.00");
    decimal(h.get("unrealized").get("net"), "97.50");
    decimal(h.get("marketValue"), "700.00");
    assertThat(h.get("side").asText()).isEqualTo("LONG");
    JsonNode lot = h.get("lots").get(0);
    assertThat(lot.get("acquiredOn").asText()).isEqualTo("2024-01-03");
    decimal(lot.get("cost"), "602.50");
    decimal(v.get("cash").get(0).get("amount"), "2733.50");
    decimal(v.get("summary").get("totalValue"), "3433.50");

    JsonNode s = ok(BASE + "/" + p + "/summary?asOf=2024-01-05");
    decimal(s.get("totalValue"), "3433.50");
    decimal(s.get("totalGain"), "433.50");
    decimal(s.get("realized").get("net"), "336.00");
    decimal(s.get("unrealized").get("net"), "97.50");
    assertThat(s.get("holdings").asInt()).isEqualTo(1);
    assertThat(s.get("warnings")).isEmpty();
    assertThat(ok(BASE + "/" + p + "/summary").get("asOf").asText()).as("today by the server's clock").isEqualTo("2025-06-30");
  }

  @ParameterizedTest(name = "final price {0}")
  @CsvSource({"150, 0.50, 0.0, 0.2", "180, 0.80, 0.309125, 0.29877"})
  void t6_every_return_is_named_with_its_formula(int finalPrice, double twr, double xirr, double dietz) {
    String p = t6(finalPrice == 150 ? t6At150 : t6At180);

    JsonNode r = ok(BASE + "/" + p + "/performance?from=2023-01-01&to=2024-01-01");

    JsonNode returns = r.get("returns");
    assertThat(returns.get("timeWeighted").get("name").asText()).isEqualTo("TWR");
    assertThat(returns.get("timeWeighted").get("value").asDouble()).isCloseTo(twr, within(1e-12));
    assertThat(returns.get("moneyWeighted").get("name").asText()).isEqualTo("XIRR");
    assertThat(returns.get("moneyWeighted").get("value").asDouble()).isCloseTo(xirr, within(5e-7));
    if (finalPrice == 180) assertThat(returns.get("modifiedDietz").get("value").asDouble()).isCloseTo(dietz, within(5e-6));
    assertThat(returns.get("simpleRoi").get("name").asText()).isEqualTo("simple ROI");
    returns.forEach(f -> assertThat(f.get("formula").asText()).isNotBlank());
    assertThat(r.get("closingValue").asDouble()).isCloseTo(finalPrice * 20, within(1e-9));
    assertThat(r.get("risk").get("maxDrawdown").get("depth").asDouble()).isLessThan(0);
    assertThat(r.get("holdings").get(0).get("contribution").asDouble()).isCloseTo(twr, within(1e-12));
    assertThat(r.get("benchmark").isNull()).isTrue();
  }

  @Test
  void a_benchmark_is_compared_and_named_and_its_index_runs_beside_the_twr_index_in_the_value_series() {
    String p = t6(t6At150);

    JsonNode r = ok(BASE + "/" + p + "/performance?from=2023-01-01&to=2024-01-01&benchmark=" + bench);

    assertThat(r.get("benchmarkAsset").get("symbol").asText()).isEqualTo("BENCH");
    JsonNode b = r.get("benchmark");
    assertThat(b.get("commonPoints").asInt()).isEqualTo(3);
    assertThat(b.get("benchmarkReturn").asDouble()).isCloseTo(0.20, within(1e-12));
    assertThat(b.get("excessReturn").asDouble()).isCloseTo(0.30, within(1e-12));

    JsonNode series = ok(BASE + "/" + p + "/value-series?from=2023-01-01&to=2024-01-01&benchmark=" + bench);
    JsonNode points = series.get("points");
    assertThat(points).hasSize(367);
    assertThat(points.get(0).get("date").asText()).isEqualTo("2022-12-31");
    assertThat(points.get(0).get("benchmarkIndex").isNull()).isTrue();
    assertThat(points.get(1).get("inflow").asDouble()).isEqualTo(1000);
    assertThat(points.get(366).get("twrIndex").asDouble()).isCloseTo(1.5, within(1e-12));
    assertThat(points.get(366).get("benchmarkIndex").asDouble()).isCloseTo(1.2, within(1e-12));
  }

  @Test
  void the_value_series_downloads_as_csv() {
    String p = t6(t6At150);

    Http.Response csv = me.get(BASE + "/" + p + "/value-series?from=2023-06-30&to=2023-07-01&format=csv");

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body().split("\n")).containsExactly("date,market_value,inflow,outflow,twr_index,benchmark_index",
        "2023-06-29,1000.0,0.0,0.0,1.0,", "2023-06-30,2000.0,0.0,0.0,2.0,", "2023-07-01,4000.0,2000.0,0.0,2.0,");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/holdings?asOf=2024-13-01|asOf", "/holdings?asOf=1899-12-31|asOf", "/summary?asOf=yesterday|asOf",
      "/performance?from=2024-02-01&to=2024-01-01|to", "/performance?from=1960-01-01&to=2024-01-01|from",
      "/performance?from=31.01.2024|from", "/value-series?to=2024-02-30|to", "/performance?benchmark=abc|benchmark",
      "/performance?benchmark=987654|benchmark", "/performance?periodsPerYear=0|periodsPerYear",
      "/value-series?riskFreeRate=x|riskFreeRate"})
  void a_bad_parameter_is_a_400_naming_it(String query, String parameter) {
    String p = me.open("Empty");

    assertProblem(me.get(BASE + "/" + p + query), 400, parameter);
  }

  @Test
  void another_users_portfolio_is_a_404_on_every_read() {
    String mine = t1();
    PortfolioClient stranger = new PortfolioClient(server.http(), AccountApiTest.signUp(server.http(), "stranger" + (++users) + "@example.org"));

    for (String read : List.of("/holdings", "/summary", "/performance", "/value-series", "/value-series?format=csv")) {
      assertProblem(stranger.get(BASE + "/" + mine + read), 404);
    }
  }
}
