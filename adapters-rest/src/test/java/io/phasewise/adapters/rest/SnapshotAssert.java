package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.NumberAssert.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.domain.snapshot.FeatureVector;
import io.phasewise.domain.snapshot.IndicatorSnapshot;
import io.phasewise.domain.snapshot.MarketSnapshot;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Checks snapshot JSON field by field against the snapshots the use case returns. */
final class SnapshotAssert {
  private SnapshotAssert() {}

  static void assertSnapshot(JsonNode actual, SnapshotSet expected) {
    MarketSnapshot m = expected.market();
    String bar = m.barTime().toString();
    assertThat(actual.get("asset").asLong()).isEqualTo(m.asset().value());
    assertThat(actual.get("time").asText()).isEqualTo(bar);
    assertThat(actual.get("asOf").asText()).isEqualTo(m.asOf().toString());
    JsonNode market = actual.get("market");
    assertNumber(market.get("price"), m.price(), "price at " + bar);
    assertNumber(market.get("changePct"), m.changePct(), "changePct at " + bar);
    assertNumber(market.get("volume"), m.volume(), "volume at " + bar);
    assertNumber(market.get("vwap"), m.vwap(), "vwap at " + bar);
    assertNumber(market.get("volatility1d"), m.volatility1d(), "volatility1d at " + bar);
    IndicatorSnapshot i = expected.indicators();
    JsonNode indicators = actual.get("indicators");
    assertNumber(indicators.get("rsi14"), i.rsi14(), "rsi14 at " + bar);
    assertNumber(indicators.get("macd"), i.macd(), "macd at " + bar);
    assertNumber(indicators.get("macdSignal"), i.macdSignal(), "macdSignal at " + bar);
    assertNumber(indicators.get("atr14"), i.atr14(), "atr14 at " + bar);
    assertNumber(indicators.get("sma20"), i.sma20(), "sma20 at " + bar);
    assertNumber(indicators.get("sma50"), i.sma50(), "sma50 at " + bar);
    assertFeatures(actual.get("features"), expected.features());
  }

  /** {@code actual} holds the features as properties: a snapshot's features object or a training row. */
  static void assertFeatures(JsonNode actual, FeatureVector f) {
    String bar = f.barTime().toString();
    assertNumber(actual.get("ret1d"), f.ret1d(), "ret1d at " + bar);
    assertNumber(actual.get("ret5d"), f.ret5d(), "ret5d at " + bar);
    assertNumber(actual.get("ret20d"), f.ret20d(), "ret20d at " + bar);
    assertNumber(actual.get("rsi14"), f.rsi14(), "rsi14 at " + bar);
    assertNumber(actual.get("momentum5d"), f.momentum5d(), "momentum5d at " + bar);
    assertNumber(actual.get("vol20d"), f.vol20d(), "vol20d at " + bar);
    assertNumber(actual.get("atr14"), f.atr14(), "atr14 at " + bar);
    assertNumber(actual.get("volumeZScore"), f.volumeZScore(), "volumeZScore at " + bar);
    JsonNode extras = actual.get("extras");
    assertThat(names(extras)).as("extras by name at " + bar).containsExactlyElementsOf(new TreeMap<>(f.extras()).keySet());
    f.extras().forEach((name, value) -> assertNumber(extras.get(name), value, name + " at " + bar));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
