package io.phasewise.domain.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Test fixture: reads the Yahoo daily CSV files copied under {@code src/test/resources/market} (and BTC-USD's). */
public final class YahooCsv {

  private static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";

  /** One row; {@code close} is split-adjusted, {@code adjClose} split- and dividend-adjusted. */
  record Row(Instant date, double open, double high, double low, double close, double adjClose, double volume) {}

  private YahooCsv() {}

  /** The rows of {@code market/<symbol>.csv}, dates at 00:00 UTC. */
  static List<Row> read(String symbol) {
    return readResource("/market/" + symbol + ".csv");
  }

  /** The {@link #series} of the Yahoo CSV test resource {@code resource}, e.g. {@code /indicator/BTC-USD.csv}. */
  public static CandleSeries dailySeries(String resource) {
    return series(readResource(resource));
  }

  private static List<Row> readResource(String resource) {
    try (InputStream in = YahooCsv.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      if (!HEADER.equals(header)) throw new IllegalStateException(resource + " has header " + header);
      return reader.lines().filter(line -> !line.isBlank()).map(YahooCsv::parse).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows as a daily series of their (split-adjusted, dividend-unadjusted) OHLCV columns. */
  static CandleSeries series(List<Row> rows) {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1, rows.size());
    for (Row r : rows) {
      b.add(r.date().toEpochMilli(), r.open(), r.high(), r.low(), r.close(), r.volume());
    }
    return b.build();
  }

  private static Row parse(String line) {
    String[] f = line.split(",", -1);
    if (f.length != 7) throw new IllegalStateException("expected 7 fields: " + line);
    return new Row(LocalDate.parse(f[0]).atStartOfDay(ZoneOffset.UTC).toInstant(), Double.parseDouble(f[1]),
        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
        Double.parseDouble(f[6]));
  }
}
