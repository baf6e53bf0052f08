package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The portfolio API as one user calls it in the HTTP tests: every request with that user's bearer token. */
final class PortfolioClient {
  static final String BASE = "/api/me/portfolios";

  private final Http http;
  private final String token;

  PortfolioClient(Http http, String token) {
    this.http = http;
    this.token = token;
  }

  /** Any call with this user's token, a JSON body ({@code null} for none) and more headers. */
  Http.Response call(String method, String path, String json, String... headers) {
    List<String> all = new ArrayList<>(List.of(Http.bearer(token)));
    all.addAll(List.of(headers));
    return http.call(method, path, json, all.toArray(String[]::new));
  }

  /** A body of any content type with this user's token. */
  Http.Response send(String method, String path, String contentType, String body) {
    return http.raw(method, path, body, "Content-Type", contentType, "Authorization", "Bearer " + token);
  }

  Http.Response get(String path) {
    return call("GET", path, null);
  }

  /** Opens a portfolio; returns its id. */
  String open(String name, String baseCurrency, String more) {
    Http.Response opened = call("POST", BASE, "{\"name\":\"" + name + "\",\"baseCurrency\":\"" + baseCurrency + "\"" + more + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    return opened.json().get("id").asText();
  }

  String open(String name) {
    return open(name, "USD", "");
  }

  Http.Response record(String portfolio, String eventJson, String... headers) {
    return call("POST", BASE + "/" + portfolio + "/events", eventJson, headers);
  }

  /** Records an event that must be accepted; returns its id. */
  String recorded(String portfolio, String eventJson) {
    Http.Response response = record(portfolio, eventJson);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("event").get("id").asText();
  }

  /** The ledger in force, as the API lists it. */
  JsonNode ledger(String portfolio) {
    Http.Response response = get(BASE + "/" + portfolio + "/events");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("items");
  }

  static String deposit(String date, String amount) {
    return "{\"type\":\"DEPOSIT\",\"date\":\"" + date + "\",\"gross\":\"" + amount + "\"}";
  }

  static String trade(String type, String date, String instrument, String quantity, String price) {
    return "{\"type\":\"" + type + "\",\"date\":\"" + date + "\",\"instrument\":" + instrument + ",\"quantity\":\"" + quantity
        + "\",\"unitPrice\":\"" + price + "\",\"fee\":\"1\"}";
  }

  static String external(String symbol, String currency) {
    return "{\"externalSymbol\":\"" + symbol + "\",\"currency\":\"" + currency + "\"}";
  }

  static String tracked(long asset) {
    return "{\"assetId\":" + asset + "}";
  }
}
