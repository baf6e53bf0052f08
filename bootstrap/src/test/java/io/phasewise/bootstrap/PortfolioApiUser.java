package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.phasewise.application.market.model.CandleCsvColumns;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * One signed-up user of a served Phasewise, for the portfolio end-to-end tests: registers assets with
 * their daily candles, opens portfolios, records events and reads the valuation and performance
 * endpoints, every call over real HTTP with the user's bearer token and JSON read with Jackson.
 */
final class PortfolioApiUser {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String PORTFOLIOS = "api/me/portfolios/";

  private final HttpCalls http;
  private final URI base;
  private final String token;
  /** An admin's token, for the market data the cases need. */
  private final String admin;
  /** The next sequence number per portfolio: events of one day keep the order they are recorded in. */
  private final Map<String, Integer> sequences = new HashMap<>();

  private PortfolioApiUser(HttpCalls http, URI base, String token, String admin) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.admin = admin;
  }

  /** Signs {@code email} up; market data is written with {@code admin}, an admin's token. */
  static PortfolioApiUser signUp(HttpCalls http, URI base, String email, String admin) throws Exception {
    JsonNode signedUp = ok(http.send(base, "POST", "api/users", "{\"email\":\"" + email + "\"}", null));
    return new PortfolioApiUser(http, base, signedUp.get("token").get("secret").asText(), admin);
  }

  /** An operator calling with {@code adminToken} for both its own portfolios and market data. */
  static PortfolioApiUser operator(HttpCalls http, URI base, String adminToken) {
    return new PortfolioApiUser(http, base, adminToken, adminToken);
  }

  /** Registers an asset quoted in {@code quoteCurrency} and imports its daily bars; returns its id. */
  long asset(String symbol, String type, String quoteCurrency, DailyBars bars) throws Exception {
    long id = asset(symbol, type, quoteCurrency);
    importBars(id, bars);
    return id;
  }

  /** Registers an asset quoted in {@code quoteCurrency}, without candles; returns its id. */
  long asset(String symbol, String type, String quoteCurrency) throws Exception {
    return ok(http.send(base, "POST", "api/assets",
        "{\"symbol\":\"" + symbol + "\",\"type\":\"" + type + "\",\"quoteCurrency\":\"" + quoteCurrency + "\"}", admin)).get("id").asLong();
  }

  /** Imports bars through the candle upload (Phasewise CSV, every row a finished day); an existing bar is replaced. */
  void importBars(long asset, DailyBars bars) throws Exception {
    JsonNode report = ok(http.send(base, "POST", "api/assets/" + asset + "/candles/import?interval=1d&inProgressLastRow=false",
        "text/csv", bars.csv(), admin));
    assertThat(report.get("rejectedCount").asLong()).as(report.toString()).isZero();
  }

  /** Opens a portfolio; returns its id. */
  String open(String name, String baseCurrency, String method, boolean allowShorts) throws Exception {
    ObjectNode body = JSON.createObjectNode().put("name", name).put("baseCurrency", baseCurrency).put("method", method)
        .put("allowShorts", allowShorts);
    return ok(call("POST", "api/me/portfolios", body)).get("id").asText();
  }

  /** POSTs an event with the portfolio's next sequence number, whatever the answer. */
  HttpResponse<String> tryRecord(String portfolio, ObjectNode event) throws Exception {
    int sequence = sequences.merge(portfolio, 1, Integer::sum);
    return call("POST", PORTFOLIOS + portfolio + "/events", event.put("sequence", sequence));
  }

  /** Records events that must each be accepted. */
  void record(String portfolio, ObjectNode... events) throws Exception {
    for (ObjectNode event : events) {
      HttpResponse<String> response = tryRecord(portfolio, event);
      assertThat(response.statusCode()).as(event + " -> " + response.body()).isEqualTo(201);
    }
  }

  /** Replaces the portfolio's recorded prices of {@code externalSymbol} by {@code dayPrice} pairs ("2024-01-02", "100", ...). */
  void recordPrices(String portfolio, String externalSymbol, String currency, String... dayPrice) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    var prices = body.putArray("recordedPrices");
    for (int i = 0; i < dayPrice.length; i += 2) {
      prices.addObject().put("day", dayPrice[i]).put("price", dayPrice[i + 1]).set("instrument", external(externalSymbol, currency));
    }
    ok(call("PATCH", PORTFOLIOS + portfolio, body));
  }

  /** Uploads a statement file to the portfolio's imports with {@code query} ("format=...&..."), whatever the answer. */
  HttpResponse<String> importStatement(String portfolio, String query, String contentType, String file) throws Exception {
    return http.send(base, "POST", PORTFOLIOS + portfolio + "/imports?" + query, contentType, file, token);
  }

  JsonNode holdings(String portfolio, String asOf) throws Exception {
    return ok(call("GET", PORTFOLIOS + portfolio + "/holdings?asOf=" + asOf, null));
  }

  JsonNode summary(String portfolio, String asOf) throws Exception {
    return ok(call("GET", PORTFOLIOS + portfolio + "/summary?asOf=" + asOf, null));
  }

  JsonNode performance(String portfolio, String from, String to) throws Exception {
    return ok(call("GET", PORTFOLIOS + portfolio + "/performance?from=" + from + "&to=" + to, null));
  }

  JsonNode valueSeries(String portfolio, String from, String to) throws Exception {
    return ok(call("GET", PORTFOLIOS + portfolio + "/value-series?from=" + from + "&to=" + to, null));
  }

  private HttpResponse<String> call(String method, String path, JsonNode body) throws Exception {
    return http.send(base, method, path, body == null ? null : JSON.writeValueAsString(body), token);
  }

  private static JsonNode ok(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + " -> " + response.body()).isBetween(200, 201);
    return JSON.readTree(response.body());
  }

  static ObjectNode tracked(long asset) {
    return JSON.createObjectNode().put("assetId", asset);
  }

  static ObjectNode external(String symbol, String currency) {
    return JSON.createObjectNode().put("externalSymbol", symbol).put("currency", currency);
  }

  /** A cash event (DEPOSIT, WITHDRAWAL, INTEREST...) of {@code amount} in the base currency. */
  static ObjectNode cash(String type, String date, String amount) {
    return JSON.createObjectNode().put("type", type).put("date", date).put("gross", amount);
  }

  /** A trade of {@code quantity} at {@code unitPrice} with {@code fee}, in the instrument's currency. */
  static ObjectNode trade(String type, String date, ObjectNode instrument, String quantity, String unitPrice, String fee) {
    ObjectNode event = JSON.createObjectNode().put("type", type).put("date", date).put("quantity", quantity).put("unitPrice", unitPrice)
        .put("fee", fee);
    event.set("instrument", instrument);
    return event;
  }

  /** Daily bars in the candle store's own CSV layout: each bar opens, closes and trades at one price. */
  static final class DailyBars {
    private final StringBuilder csv = new StringBuilder(CandleCsvColumns.HEADER).append('\n');

    DailyBars close(String day, String close) {
      return bar(day, close, "");
    }

    /** A bar on the effective day of a split of {@code factor} new shares per old one. */
    DailyBars split(String day, String close, String factor) {
      return bar(day, close, factor);
    }

    private DailyBars bar(String day, String close, String splitFactor) {
      csv.append(day).append(',').append(close).append(',').append(close).append(',').append(close).append(',').append(close)
          .append(",0,,,,,,,").append(splitFactor).append(",\n");
      return this;
    }

    String csv() {
      return csv.toString();
    }
  }
}
