package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.domain.indicator.IndicatorDescriptor;
import io.phasewise.domain.indicator.IndicatorParameter;
import io.phasewise.domain.indicator.IndicatorRegistry;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An embedder's own indicator, registered at the wiring, is listed and served by name like a built-in one. */
class RegisteredIndicatorApiTest {
  private static final List<Candle> BARS = Bars.walk(30);

  /** The bar's high-low range times {@code scale}, and its midpoint. */
  private static final IndicatorDescriptor RANGE = new IndicatorDescriptor("bar_range", "scaled high-low range of each bar",
      List.of(IndicatorParameter.decimal("scale", "1", "factor on the range").atLeast(0).atMost(100)),
      List.of("range", "mid"), args -> 0, (args, series, benchmark) -> {
        double[] range = new double[series.size()];
        double[] mid = new double[series.size()];
        for (int i = 0; i < range.length; i++) {
          range[i] = args.decimal("scale") * (series.high(i) - series.low(i));
          mid[i] = (series.high(i) + series.low(i)) / 2;
        }
        return Map.of("mid", mid, "range", range);
      });

  private static ApiServer api;
  private static Http http;
  private static AssetId asset;

  @BeforeAll
  static void start() {
    api = ApiServer.start(IndicatorRegistry.standard().register(RANGE).get());
    http = api.http;
    asset = Bars.imported(api, "OWN", BARS);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void the_catalog_lists_it_after_the_built_in_ones() {
    JsonNode catalog = http.get("/api/indicators").json();

    assertThat(catalog).hasSize(IndicatorRegistry.standard().descriptors().size() + 1);
    JsonNode own = catalog.get(catalog.size() - 1);
    assertThat(own.get("name").asText()).isEqualTo("bar_range");
    assertThat(own.get("description").asText()).isEqualTo("scaled high-low range of each bar");
    assertThat(own.get("outputs")).extracting(JsonNode::asText).containsExactly("range", "mid");
    JsonNode scale = own.get("parameters").get(0);
    assertThat(scale.get("name").asText()).isEqualTo("scale");
    assertThat(scale.get("kind").asText()).isEqualTo("decimal");
    assertThat(scale.get("default").asText()).isEqualTo("1");
  }

  @Test
  void it_is_computed_by_name_with_its_parameters() {
    JsonNode series = http.get("/api/assets/" + asset + "/indicators/BAR_RANGE?scale=2&from=2024-01-01&to=2024-01-10").json();

    assertThat(series.get("indicator").asText()).isEqualTo("bar_range");
    assertThat(series.get("parameters").toString()).isEqualTo("{\"scale\":\"2\"}");
    assertThat(series.get("warmUp").asInt()).isZero();
    JsonNode points = series.get("points");
    assertThat(points).hasSize(10);
    assertThat(points.get(0).fieldNames()).toIterable().containsExactly("time", "range", "mid");
    for (int i = 0; i < points.size(); i++) {
      Candle bar = BARS.get(i);
      double high = bar.high().doubleValue();
      double low = bar.low().doubleValue();
      assertThat(points.get(i).get("range").asDouble()).isCloseTo(2 * (high - low), within(1e-9));
      assertThat(points.get(i).get("mid").asDouble()).isCloseTo((high + low) / 2, within(1e-9));
    }
    List<String> csv = http.get("/api/assets/" + asset + "/indicators/bar_range?format=csv").body().lines().toList();
    assertThat(csv).hasSize(BARS.size() + 1);
    assertThat(csv.get(0)).isEqualTo("time,range,mid");
  }

  @Test
  void its_bounds_are_checked_naming_the_parameter() {
    assertThat(problemOf(assertProblem(http.get("/api/assets/" + asset + "/indicators/bar_range?scale=-1"), 400, "scale"),
        "scale")).isEqualTo("scale must be >= 0: -1");
    assertProblem(http.get("/api/assets/" + asset + "/indicators/bar_range?scale=101"), 400, "scale");
    assertProblem(http.get("/api/assets/" + asset + "/indicators/bar_range?period=3"), 400, "period");
  }
}
