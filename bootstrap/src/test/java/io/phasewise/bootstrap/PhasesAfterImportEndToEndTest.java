package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL, right after an import (the command line's, or an upload over HTTP) the imported asset
 * has a current phase as of its last bar and a phase timeline with its closes: what the dashboard draws,
 * without waiting for a pipeline run.
 */
class PhasesAfterImportEndToEndTest {
  /** GLD's and IBM's sample files both end on 2012-09-12: their daily data is as of the next midnight. */
  private static final String AS_OF = "2012-09-13T00:00:00Z";

  private final HttpCalls http = HttpCalls.http11();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir
  Path home;

  @Test
  void an_imported_asset_has_its_phase_and_its_chart_at_once() throws Exception {
    Path gld = copied("GLD");
    assertThat(new CliRun().runIn(home, "import", gld.toString())).isZero();

    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0"));
    try (Phasewise app = Phasewise.start(settings); PhasewiseServer server = PhasewiseServer.start(app, settings)) {
      URI base = server.baseUri();
      long imported = body(http.get(base, "api/assets?q=GLD")).get("items").get(0).get("id").asLong();
      assertPhaseAndChart(base, imported);

      String admin = Operators.adminToken(app);
      long uploaded = body(http.send(base, "POST", "api/assets", "{\"symbol\":\"IBM\",\"name\":\"IBM\",\"type\":\"stock\"}", admin))
          .get("id").asLong();
      HttpResponse<String> upload = http.send(base, "POST", "api/assets/" + uploaded + "/candles/import?format=yahoo", "text/csv",
          Files.readString(copied("IBM")), admin);
      assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
      assertPhaseAndChart(base, uploaded);
    }
  }

  private void assertPhaseAndChart(URI base, long asset) throws Exception {
    JsonNode phase = body(http.get(base, "api/assets/" + asset + "/phase"));
    assertThat(phase.get("phase").asText()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(phase.get("asOf").asText()).isEqualTo(AS_OF);
    JsonNode chart = body(http.get(base, "api/assets/" + asset + "/phases?from=2012-01-01&to=2012-12-31"));
    assertThat(chart.get("prices").size()).as("closes of 2012 up to 09-12").isGreaterThan(150);
    assertThat(chart.get("spans")).isNotEmpty();
  }

  private JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return json.readTree(response.body());
  }

  private Path copied(String symbol) throws Exception {
    Path file = Files.createDirectories(home.resolve("files")).resolve(symbol + ".csv");
    try (InputStream in = getClass().getResourceAsStream("/prices/daily/" + symbol + ".csv")) {
      Files.copy(in, file);
    }
    return file;
  }
}
