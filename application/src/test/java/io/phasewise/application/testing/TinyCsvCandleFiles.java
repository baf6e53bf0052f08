package io.phasewise.application.testing;

import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.domain.market.Candle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test stand-in for the providers' file reader: just enough CSV for HTTP tests (no quoting, the
 * whole file in memory). "null" or empty cells are missing values; the last row is rejected as in
 * progress when asked.
 */
public final class TinyCsvCandleFiles implements ReadCandleFilePort {
  public static final String PHASEWISE_HEADER = "time,open,high,low,close,volume,adj_open,adj_high,adj_low,adj_close,"
      + "adj_volume,dividend_cash,split_factor,source";
  public static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume";

  @Override
  public CandleFeed open(InputStream in, String origin, CandleFileFormat format, boolean lastRowInProgress) {
    List<String> lines = lines(in);
    String expected = format == CandleFileFormat.PHASEWISE ? PHASEWISE_HEADER : YAHOO_HEADER;
    if (lines.isEmpty() || !lines.get(0).equals(expected)) {
      throw new IllegalArgumentException(origin + ": header '" + (lines.isEmpty() ? "" : lines.get(0))
          + "' does not fit; expected columns " + expected);
    }
    List<CandleRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) rows.add(row(i + 1, lines.get(i).split(",", -1), format));
    if (lastRowInProgress && !rows.isEmpty()) {
      rows.set(rows.size() - 1, new CandleRow.Rejected(lines.size(), "last row is the period still in progress"));
    }
    Iterator<CandleRow> it = rows.iterator();
    return new CandleFeed() {
      @Override
      public String origin() {
        return origin;
      }

      @Override
      public CandleRow next() {
        return it.hasNext() ? it.next() : null;
      }
    };
  }

  private static CandleRow row(long line, String[] cells, CandleFileFormat format) {
    try {
      if (format == CandleFileFormat.YAHOO) {
        Instant day = LocalDate.parse(cells[0]).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new CandleRow.Good(line, new Candle(day, required(cells, 1, "Open"), required(cells, 2, "High"),
            required(cells, 3, "Low"), required(cells, 4, "Close"), required(cells, 6, "Volume"), null, null, null, "yahoo-csv"));
      }
      Candle.Adjusted adjusted = decimal(cells[9]) == null ? null
          : new Candle.Adjusted(decimal(cells[6]), decimal(cells[7]), decimal(cells[8]), decimal(cells[9]), decimal(cells[10]));
      return new CandleRow.Good(line, new Candle(Instant.parse(cells[0]), required(cells, 1, "open"), required(cells, 2, "high"),
          required(cells, 3, "low"), required(cells, 4, "close"), required(cells, 5, "volume"), adjusted, decimal(cells[11]),
          decimal(cells[12]), cells[13]));
    } catch (RuntimeException bad) {
      return new CandleRow.Rejected(line, bad.getMessage());
    }
  }

  private static BigDecimal required(String[] cells, int index, String name) {
    BigDecimal value = decimal(cells[index]);
    if (value == null) throw new IllegalArgumentException(name + " is null");
    return value;
  }

  private static BigDecimal decimal(String cell) {
    return cell.isEmpty() || cell.equals("null") ? null : new BigDecimal(cell);
  }

  private static List<String> lines(InputStream in) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
