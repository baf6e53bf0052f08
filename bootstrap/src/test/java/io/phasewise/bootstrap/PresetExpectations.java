package io.phasewise.bootstrap;

import io.phasewise.application.portfolio.model.StatementFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One import preset's sample statement, its copy with bad rows, and what importing them must give, read
 * from {@code statements/<format>/} in the test resources. {@code expected.txt} has one fact a line:
 * {@code portfolio <base> <method> [shorts]}, {@code query <more query parameters>}, {@code asset <symbol>
 * <type> <quote>}, {@code rate <pair> <day> <close>} (a forex asset with one daily close), {@code stored <n>},
 * {@code holding <symbol> <quantity> <cost basis>}, {@code cash <currency> <amount>} and, for the bad rows,
 * {@code refused <line> <words the reason contains>}, where {@code asset:<symbol>} stands for the
 * {@code asset:<id>} the API names the asset by. The bad-rows file spells the NUL character
 * {@code <NUL>} so that it stays a text file.
 */
record PresetExpectations(StatementFormat format, String baseCurrency, String method, boolean allowShorts, String query,
    List<Asset> assets, List<Rate> rates, int stored, Map<String, Position> holdings, Map<String, BigDecimal> cash,
    Map<Long, String> refused) {

  /** An asset the sample names, registered before the import. */
  record Asset(String symbol, String type, String quoteCurrency) {}

  /** A forex pair's close on one day, for the rates the sample's currencies need. */
  record Rate(String pair, String day, String close) {}

  /** An expected holding: units and cost basis in the base currency. */
  record Position(BigDecimal quantity, BigDecimal cost) {}

  static PresetExpectations of(StatementFormat format) {
    String base = null;
    String method = null;
    boolean shorts = false;
    String query = "";
    List<Asset> assets = new ArrayList<>();
    List<Rate> rates = new ArrayList<>();
    int stored = -1;
    Map<String, Position> holdings = new LinkedHashMap<>();
    Map<String, BigDecimal> cash = new LinkedHashMap<>();
    Map<Long, String> refused = new LinkedHashMap<>();
    for (String line : resource(format, "expected.txt").split("\n")) {
      if (line.isBlank()) continue;
      String[] w = line.strip().split("\\s+", 3);
      switch (w[0]) {
        case "portfolio" -> {
          String[] p = line.strip().split("\\s+");
          base = p[1];
          method = p[2];
          shorts = p.length > 3 && p[3].equals("shorts");
        }
        case "query" -> query = "&" + w[1];
        case "asset" -> {
          String[] a = line.strip().split("\\s+");
          assets.add(new Asset(a[1], a[2], a[3]));
        }
        case "rate" -> {
          String[] r = line.strip().split("\\s+");
          rates.add(new Rate(r[1], r[2], r[3]));
        }
        case "stored" -> stored = Integer.parseInt(w[1]);
        case "holding" -> {
          String[] h = line.strip().split("\\s+");
          holdings.put(h[1], new Position(normal(h[2]), normal(h[3])));
        }
        case "cash" -> cash.put(w[1], normal(w[2]));
        case "refused" -> refused.put(Long.parseLong(w[1]), w[2]);
        default -> throw new IllegalArgumentException(format + " expected.txt: unknown fact '" + line + "'");
      }
    }
    return new PresetExpectations(format, base, method, shorts, query, assets, rates, stored, holdings, cash, refused);
  }

  /** {@code decimal} without trailing zeros, so that 17.000 and 17 compare equal. */
  static BigDecimal normal(String decimal) {
    BigDecimal value = new BigDecimal(decimal).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
  }

  /** The sample statement, in the broker's layout. */
  String statement() {
    return resource(format, "statement." + extension());
  }

  /** The sample with bad rows among the good ones. */
  String withBadRows() {
    return resource(format, "bad-rows." + extension()).replace("<NUL>", "\0");
  }

  String contentType() {
    return format == StatementFormat.GHOSTFOLIO_JSON ? "application/json" : "text/csv";
  }

  private String extension() {
    return format == StatementFormat.GHOSTFOLIO_JSON ? "json" : "csv";
  }

  private static String resource(StatementFormat format, String name) {
    String path = "/statements/" + format.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + name;
    try (InputStream in = PresetExpectations.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("no test resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
