package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.NumberAssert.assertNumber;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.indicator.port.in.IndicatorDescription;
import io.phasewise.application.indicator.port.in.IndicatorQuery;
import io.phasewise.application.indicator.port.in.IndicatorSeries;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IndicatorApiTest {
  private static final List<Candle> BARS = Bars.walk(60);

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset;

  @BeforeAll
  static void fixtures() {
    asset = Bars.imported(server.api(), "IND", BARS);
  }

  private static String indicator(String name, String query) {
    return "/api/assets/" + asset + "/indicators/" + name + query;
  }

  /** What the use case computes for the whole history, the reference every response is checked against. */
  private static IndicatorSeries computed(String name, Map<String, String> parameters) {
    return server.api().market.indicators.query().compute(new IndicatorQuery(asset, Interval.D1, name, parameters,
        Instant.parse("2024-01-01T00:00:00Z"), ApiServer.NOW, false)).get();
  }

  @Test
  void the_catalog_lists_every_indicator_with_its_parameters_and_outputs() {
    JsonNode catalog = server.http().get("/api/indicators").json();

    assertThat(catalog).extracting(i -> i.get("name").asText())
        .containsExactlyElementsOf(server.api().market.indicators.query().catalog().stream().map(IndicatorDescription::name).toList());
    JsonNode macd = named(catalog, "macd");
    assertThat(macd.get("description").asText()).isNotBlank();
    assertThat(macd.get("outputs")).extracting(JsonNode::asText).containsExactly("macd", "signal", "histogram");
    JsonNode fast = macd.get("parameters").get(0);
    assertThat(fast.get("name").asText()).isEqualTo("fast");
    assertThat(fast.get("kind").asText()).isEqualTo("integer");
    assertThat(fast.get("default").asText()).isEqualTo("12");
    assertThat(fast.get("choices")).isEmpty();
    assertThat(fast.get("description").asText()).isEqualTo("fast EMA period");
    JsonNode convention = named(catalog, "stddev").get("parameters").get(1);
    assertThat(convention.get("kind").asText()).isEqualTo("choice");
    assertThat(convention.get("choices")).extracting(JsonNode::asText).containsExactly("sample", "population");
    JsonNode benchmark = named(catalog, "correlation").get("parameters").get(0);
    assertThat(benchmark.get("kind").asText()).isEqualTo("asset");
    assertThat(benchmark.get("default").isNull()).as("required").isTrue();
  }

  @Test
  void a_series_has_a_point_per_bar_of_the_range_null_while_warming_up() {
    JsonNode series = server.http().get(indicator("sma", "?period=3&from=2024-01-01&to=2024-01-10")).json();

    assertThat(series.get("asset").asLong()).isEqualTo(asset.value());
    assertThat(series.get("interval").asText()).isEqualTo("1d");
    assertThat(series.get("indicator").asText()).isEqualTo("sma");
    assertThat(series.get("parameters").toString()).isEqualTo("{\"period\":\"3\"}");
    assertThat(series.get("warmUp").asInt()).isEqualTo(2);
    assertThat(series.get("outputs")).extracting(JsonNode::asText).containsExactly("sma");
    JsonNode points = series.get("points");
    assertThat(points).as("a date as to includes that day").hasSize(10);
    assertThat(points.get(0).get("time").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(points.get(9).get("time").asText()).isEqualTo("2024-01-10T00:00:00Z");
    assertThat(series.get("asOf").asText()).as("data as of the end of the range's newest bar").isEqualTo("2024-01-11T00:00:00Z");
    assertThat(points.get(0).get("sma").isNull()).isTrue();
    assertThat(points.get(1).get("sma").isNull()).isTrue();
    double firstThree = (close(0) + close(1) + close(2)) / 3;
    assertThat(points.get(2).get("sma").asDouble()).isCloseTo(firstThree, within(1e-9));
    IndicatorSeries expected = computed("sma", Map.of("period", "3"));
    for (int i = 0; i < points.size(); i++) assertNumber(points.get(i).get("sma"), expected.columns()[0][i], "sma at " + i);
  }

  @Test
  void a_range_without_bars_has_no_points_and_no_as_of_time() {
    JsonNode series = server.http().get(indicator("sma", "?from=2023-01-01&to=2023-06-30")).json();

    assertThat(series.get("points")).isEmpty();
    assertThat(series.get("asOf").isNull()).isTrue();
  }

  @Test
  void defaults_are_echoed_and_each_output_is_a_property_of_the_point() {
    JsonNode series = server.http().get(indicator("macd", "?fast=5")).json();

    assertThat(series.get("parameters").toString()).isEqualTo("{\"fast\":\"5\",\"signal\":\"9\",\"slow\":\"26\"}");
    IndicatorSeries expected = computed("macd", Map.of("fast", "5"));
    assertThat(series.get("warmUp").asInt()).isEqualTo(expected.warmUp());
    JsonNode points = series.get("points");
    assertThat(points).hasSize(BARS.size());
    assertThat(points.get(0).fieldNames()).toIterable().containsExactly("time", "macd", "signal", "histogram");
    for (int i = 0; i < points.size(); i++) {
      for (int k = 0; k < 3; k++) {
        String output = expected.outputs().get(k);
        assertNumber(points.get(i).get(output), expected.columns()[k][i], output + " at " + i);
      }
    }
    assertThat(points.get(BARS.size() - 1).get("histogram").isNumber()).isTrue();
  }

  @Test
  void a_range_is_cut_from_values_computed_over_the_whole_history() {
    JsonNode points = server.http().get(indicator("rsi", "?from=2024-02-01")).json().get("points");

    IndicatorSeries whole = computed("rsi", Map.of());
    int feb1 = 31;
    assertThat(points).hasSize(BARS.size() - feb1);
    assertThat(points.get(0).get("time").asText()).isEqualTo("2024-02-01T00:00:00Z");
    assertThat(points.get(0).get("rsi").asDouble()).isEqualTo(whole.columns()[0][feb1]);
  }

  @Test
  void csv_has_time_and_a_column_per_output_empty_while_warming_up() {
    Http.Response byAccept = server.http().get(indicator("macd", ""), "Accept", "text/csv");
    Http.Response byParameter = server.http().get(indicator("macd", "?format=csv"));

    assertThat(byAccept.status()).isEqualTo(200);
    assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
    assertThat(byAccept.header("Content-Disposition")).isEqualTo("attachment; filename=\"asset-" + asset + "-macd-1d.csv\"");
    assertThat(byParameter.body()).isEqualTo(byAccept.body());
    List<String> lines = byAccept.body().lines().toList();
    assertThat(lines).hasSize(BARS.size() + 1);
    assertThat(lines.get(0)).isEqualTo("time,macd,signal,histogram");
    assertThat(lines.get(1)).isEqualTo("2024-01-01T00:00:00Z,,,");
    IndicatorSeries expected = computed("macd", Map.of());
    int last = BARS.size() - 1;
    assertThat(lines.get(last + 1)).isEqualTo(expected.barTime(last) + "," + expected.columns()[0][last] + ","
        + expected.columns()[1][last] + "," + expected.columns()[2][last]);
  }

  @Test
  void unknown_indicators_and_assets_are_404s() {
    assertProblem(server.http().get(indicator("nope", "")), 404);
    assertProblem(server.http().get(indicator("nope", "?format=csv")), 404);
    assertProblem(server.http().get("/api/assets/999999/indicators/rsi"), 404);
    assertProblem(server.http().get("/api/assets/999999/indicators/rsi", "Accept", "text/csv"), 404);
  }

  @Test
  void bad_parameters_are_400s_naming_the_parameter() {
    assertThat(problemOf(assertProblem(server.http().get(indicator("rsi", "?lookback=3")), 400, "lookback"), "lookback"))
        .contains("rsi takes period");
    assertProblem(server.http().get(indicator("rsi", "?offset=10")), 400, "offset");
    assertProblem(server.http().get(indicator("rsi", "?period=abc")), 400, "period");
    assertProblem(server.http().get(indicator("rsi", "?period=3&period=4")), 400, "period");
    assertProblem(server.http().get(indicator("stddev", "?convention=median")), 400, "convention");
    assertProblem(server.http().get(indicator("correlation", "")), 400, "benchmark");
    assertProblem(server.http().get(indicator("rsi", "?period=0")), 400, "period");
    assertProblem(server.http().get(indicator("rsi", "?period=abc&format=csv")), 400, "period");
    assertProblem(server.http().get(indicator("rsi", "?interval=2d")), 400, "interval");
    assertProblem(server.http().get(indicator("rsi", "?from=garbage")), 400, "from");
    assertProblem(server.http().get(indicator("rsi", "?from=2024-02-01&to=2024-01-01")), 400, "to");
    assertProblem(server.http().get(indicator("rsi", "?adjusted=maybe")), 400, "adjusted");
    assertProblem(server.http().get(indicator("rsi", "?format=xml")), 400, "format");
    assertProblem(server.http().get("/api/assets/abc/indicators/rsi"), 400, "id");
  }

  private static double close(int i) {
    return BARS.get(i).close().doubleValue();
  }

  private static JsonNode named(JsonNode catalog, String name) {
    List<JsonNode> found = new ArrayList<>();
    catalog.forEach(i -> {
      if (i.get("name").asText().equals(name)) found.add(i);
    });
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }
}
