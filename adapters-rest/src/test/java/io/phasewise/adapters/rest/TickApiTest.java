package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TickApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static String ticks(String symbol) {
    AssetId asset = server.api().market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.CRYPTO)))
        .get().id();
    return "/api/assets/" + asset + "/ticks";
  }

  @Test
  void ticks_are_recorded_and_build_one_minute_candles() {
    String path = ticks("TICK");
    String body = """
        [{"time":"2024-01-02T14:30:05.125Z","price":"100.10","size":"2","source":"feed"},
         {"time":"2024-01-02T14:30:40Z","price":101.5,"size":1,"source":"feed"},
         {"time":"2024-01-02T14:30:59.999Z","price":"99.95","size":"0.5","source":"feed"},
         {"time":"2024-01-02T14:31:00Z","bid":"99.9","ask":"100","source":"feed"}]""";

    Http.Response response = server.admin().postJson(path, body);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("inserted").asLong()).isEqualTo(4);
    assertThat(report.get("candlesWritten").asLong()).isEqualTo(1);
    JsonNode minute = server.http().get(path.replace("/ticks", "/candles?interval=1m")).json().get("items").get(0);
    assertThat(minute.get("time").asText()).isEqualTo("2024-01-02T14:30:00Z");
    assertThat(minute.get("open").asText()).isEqualTo("100.10");
    assertThat(minute.get("high").asText()).isEqualTo("101.5");
    assertThat(minute.get("close").asText()).isEqualTo("99.95");
    assertThat(minute.get("volume").asText()).isEqualTo("3.5");

    JsonNode replay = server.admin().postJson(path, body).json();
    assertThat(replay.get("unchanged").asLong()).isEqualTo(4);
    assertThat(replay.get("candlesWritten").asLong()).isZero();
  }

  @Test
  void bad_ticks_are_400s_naming_the_element() {
    String path = ticks("BADT");

    assertProblem(server.admin().postJson(path, "[{\"time\":\"2024-01-02T14:30:00Z\",\"price\":\"1\",\"size\":\"1\",\"source\":\"f\"},"
        + "{\"time\":\"2024-01-02T14:30:01Z\",\"price\":\"1\",\"source\":\"f\"}]"), 400, "[1]");
    assertProblem(server.admin().postJson(path, "[{\"time\":\"2024-01-02T14:30:00Z\",\"price\":\"abc\",\"size\":\"1\",\"source\":\"f\"}]"),
        400, "[0].price");
    assertProblem(server.admin().postJson(path, "[{\"time\":\"yesterday\",\"price\":\"1\",\"size\":\"1\",\"source\":\"f\"}]"),
        400, "[0].time");
    assertProblem(server.admin().postJson(path, "[{\"time\":\"2024-01-02T14:30:00Z\",\"price\":\"1\",\"size\":\"1\",\"venue\":\"x\"}]"),
        400, "[0].venue");
    assertProblem(server.admin().postJson(path, "[{\"price\":\"1\",\"size\":\"1\",\"source\":\" \"}]"), 400, "[0].time", "[0].source");
    assertProblem(server.admin().postJson(path, "[null]"), 400, "[0]");
    assertProblem(server.admin().postJson(path, "{\"time\":\"2024-01-02T14:30:00Z\"}"), 400, "body");
    assertProblem(server.admin().postJson("/api/assets/999999/ticks", "[]"), 404);
  }
}
