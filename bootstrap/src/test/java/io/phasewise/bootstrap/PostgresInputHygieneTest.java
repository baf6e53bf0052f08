package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The abusive inputs against the real server on PostgreSQL, where a NUL in text or jsonb, a
 * year beyond timestamptz or an absurd numeric fails in the database itself: every hostile value in
 * every slot that reaches storage (names, metadata keys, e-mail, settings, CSV cells, tick fields,
 * query parameters) is answered below 500 without SQL in the body. The probes write as another user
 * to a scratch asset, so the first asset and user are unchanged.
 */
class PostgresInputHygieneTest {
  private static final List<String> HOSTILE = List.of("a\u0000b", "\u0000", "x\u001b", "\u007f", "1e200", "1E131072",
      "1E20000000", "1E-20000000", "+999999999-01-01T00:00:00Z", "+12024-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "0", "-1",
      "x".repeat(1_000_000));
  private final HttpCalls http = HttpCalls.http11();

  @TempDir
  Path home;

  @Test
  void hostile_values_in_every_stored_slot_are_refused_below_500_and_change_nothing() throws Exception {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0"));
    try (Phasewise app = Phasewise.start(settings); PhasewiseServer server = PhasewiseServer.start(app, settings)) {
      URI base = server.baseUri();
      // the prober is an admin, so each hostile value reaches the validation of the slot it aims at
      String prober = Operators.adminToken(app);
      assertThat(http.send(base, "POST", "api/assets", "{\"symbol\":\"KEEP\",\"type\":\"stock\"}", prober).statusCode()).isEqualTo(201);
      assertThat(http.send(base, "POST", "api/assets", "{\"symbol\":\"PROBE\",\"type\":\"stock\"}", prober).statusCode()).isEqualTo(201);
      String token = secret(http.send(base, "POST", "api/users", "{\"email\":\"keep@example.org\"}", null));
      assertThat(http.send(base, "POST", "api/assets/1/candles/import?interval=1d&format=phasewise", "text/csv",
          CSV_HEADER + "\n2025-01-02T00:00:00Z,10,11,9,10,100,,,,,,,,seed\n", prober).statusCode()).isEqualTo(200);
      String before = stored(base, token);

      List<Function<String, Probe>> slots = List.of(
          v -> json("POST", "api/assets", "{\"symbol\":\"NEW\",\"type\":\"stock\",\"name\":" + quoted(v) + "}"),
          v -> json("POST", "api/assets", "{\"symbol\":\"NEW\",\"type\":\"stock\",\"metadata\":{" + quoted(v) + ":\"v\"}}"),
          v -> json("POST", "api/assets", "{\"symbol\":\"NEW\",\"type\":\"stock\",\"links\":{\"k\":" + quoted(v) + "}}"),
          v -> json("POST", "api/users", "{\"email\":" + quoted(v + "@example.org") + "}"),
          v -> json("PATCH", "api/me", "{\"settings\":{\"theme\":" + quoted(v) + "}}"),
          v -> json("POST", "api/assets/2/ticks", "[{\"time\":\"2025-01-02T00:00:00Z\",\"price\":\"10\",\"size\":\"1\",\"source\":" + quoted(v) + "}]"),
          v -> json("POST", "api/assets/2/ticks", "[{\"time\":\"2025-01-02T00:00:00Z\",\"price\":" + quoted(v) + ",\"size\":\"1\",\"source\":\"s\"}]"),
          v -> json("POST", "api/assets/2/ticks", "[{\"time\":" + quoted(v) + ",\"price\":\"10\",\"size\":\"1\",\"source\":\"s\"}]"),
          v -> csv("api/assets/2/candles/import?interval=1d&format=phasewise", v + ",10,11,9,10,100,,,,,,,,up\n"),
          v -> csv("api/assets/2/candles/import?interval=1d&format=phasewise", "2025-01-02T00:00:00Z," + v + "," + v + "," + v + "," + v + ",100,,,,,,,,up\n"),
          v -> csv("api/assets/2/candles/import?interval=1d&format=phasewise", "2025-01-02T00:00:00Z,10,11,9,10,100,,,,,,,," + v + "\n"),
          v -> csv("api/sentiment/observations", "PROBE," + v + ",2025-01-02T00:00:00Z,0.5,1,m=1\n"),
          v -> json("POST", "api/sentiment/sources", "{\"name\":" + quoted(v) + ",\"channel\":\"news\"}"),
          v -> json("GET", "api/assets/1/candles?interval=1d&source=" + query(v) + "&from=" + query(v), null),
          v -> json("GET", "api/assets?q=" + query(v), null));
      List<String> failures = new ArrayList<>();
      int cases = 0;
      for (Function<String, Probe> slot : slots) {
        for (String value : HOSTILE) {
          Probe probe = slot.apply(value);
          if (probe.path().length() > 6_000) continue; // a request head over the server's limit is another slice's concern
          HttpResponse<String> response = http.send(base, probe.method(), probe.path(), probe.contentType(), probe.body(), prober);
          cases++;
          if (response.statusCode() >= 500 || response.body().matches("(?is).*(sqlstate|org\\.postgresql|\\bselect\\b.{1,80}\\bfrom\\b|exception).*")) {
            failures.add(probe.method() + " " + probe.path().substring(0, Math.min(80, probe.path().length())) + " ["
                + value.substring(0, Math.min(20, value.length())) + "] -> " + response.statusCode() + " " + response.body());
          }
        }
      }
      System.out.printf("PostgreSQL hygiene probes: %d cases, %d refused with 5xx or internals%n", cases, failures.size());
      assertThat(failures).isEmpty();
      assertThat(stored(base, token)).isEqualTo(before);
    }
  }

  private static final String CSV_HEADER =
      "time,open,high,low,close,volume,adj_open,adj_high,adj_low,adj_close,adj_volume,dividend_cash,split_factor,source";

  private record Probe(String method, String path, String contentType, String body) {}

  private static Probe json(String method, String path, String body) {
    return new Probe(method, path, "application/json", body);
  }

  private static Probe csv(String path, String row) {
    String header = path.contains("sentiment") ? "asset,source,observed_at,score,magnitude,features" : CSV_HEADER;
    return new Probe("POST", path, "text/csv", header + "\n" + row);
  }

  private static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String secret(HttpResponse<String> signUp) {
    assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(201);
    return signUp.body().replaceAll("(?s).*\"secret\":\"([^\"]+)\".*", "$1");
  }

  private String stored(URI base, String token) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String read : List.of("api/assets/1", "api/assets/1/candles?interval=1d", "api/assets/1/candles?interval=1m", "api/me")) {
      HttpResponse<String> response = http.send(base, "GET", read, null, null, token);
      all.append(read).append(' ').append(response.statusCode()).append(' ').append(response.body()).append('\n');
    }
    return all.toString();
  }
}
