package io.phasewise.adapters.providers.csv;

import static io.phasewise.adapters.providers.csv.CandleField.ADJ_CLOSE;
import static io.phasewise.adapters.providers.csv.CandleField.CLOSE;
import static io.phasewise.adapters.providers.csv.CandleField.DIVIDEND;
import static io.phasewise.adapters.providers.csv.CandleField.HIGH;
import static io.phasewise.adapters.providers.csv.CandleField.LOW;
import static io.phasewise.adapters.providers.csv.CandleField.OPEN;
import static io.phasewise.adapters.providers.csv.CandleField.SOURCE;
import static io.phasewise.adapters.providers.csv.CandleField.SPLIT_FACTOR;
import static io.phasewise.adapters.providers.csv.CandleField.TIME;
import static io.phasewise.adapters.providers.csv.CandleField.VOLUME;

import io.phasewise.domain.market.Candle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** Turns the cells of one row into a candle, or a {@link RowRejection} naming the first bad cell. */
final class RowConverter {

  /** Adjusted open, high and low are rounded to this many significant digits. */
  private static final int ADJUSTED_DIGITS = 12;

  private final ColumnMapping.Resolved columns;
  private final DecimalParser decimals;
  private final TimeFormat timeFormat;
  private final String defaultSource;

  RowConverter(ColumnMapping.Resolved columns, DecimalParser decimals, TimeFormat timeFormat, String defaultSource) {
    this.columns = columns;
    this.decimals = decimals;
    this.timeFormat = timeFormat;
    this.defaultSource = defaultSource;
  }

  Candle candle(List<String> cells) {
    if (columns.exactColumnCount() ? cells.size() != columns.columns() : cells.size() < columns.columns()) {
      throw new RowRejection("expected " + (columns.exactColumnCount() ? "" : "at least ") + columns.columns()
          + " columns, found " + cells.size());
    }
    Instant time = timeFormat.parse(label(TIME), required(cells, TIME));
    BigDecimal open = number(cells, OPEN);
    BigDecimal high = number(cells, HIGH);
    BigDecimal low = number(cells, LOW);
    BigDecimal close = number(cells, CLOSE);
    BigDecimal adjClose = optionalNumber(cells, ADJ_CLOSE);
    BigDecimal volume = number(cells, VOLUME);
    BigDecimal dividend = optionalNumber(cells, DIVIDEND);
    BigDecimal split = optionalNumber(cells, SPLIT_FACTOR);
    String source = columns.mapped(SOURCE) && !absent(cell(cells, SOURCE)) ? cell(cells, SOURCE) : defaultSource;
    try {
      Candle.Adjusted adjusted = null;
      if (adjClose != null) {
        Candle.of(time, open, high, low, close, volume, source); // raw defects first, stated without the "adjusted" prefix
        adjusted = new Candle.Adjusted(scaled(open, close, adjClose), scaled(high, close, adjClose),
            scaled(low, close, adjClose), adjClose, null);
      }
      return new Candle(time, open, high, low, close, volume, adjusted, dividend, split, source);
    } catch (IllegalArgumentException e) {
      throw new RowRejection(e.getMessage());
    }
  }

  /** The raw text of the row's time cell, for messages that quote it. */
  String timeText(List<String> cells) {
    return cell(cells, TIME);
  }

  /**
   * {@code price × adjClose / close}. Rounding keeps at least as many digits as the file's adjusted
   * close so that, rounding being monotonic, the adjusted low and high still bracket it.
   */
  private BigDecimal scaled(BigDecimal price, BigDecimal close, BigDecimal adjClose) {
    if (adjClose.compareTo(close) == 0) return price;
    if (close.signum() == 0) {
      throw new RowRejection(label(ADJ_CLOSE) + " " + adjClose + " cannot scale a bar whose " + label(CLOSE) + " is 0");
    }
    MathContext digits = new MathContext(Math.max(ADJUSTED_DIGITS, adjClose.precision()), RoundingMode.HALF_EVEN);
    return price.multiply(adjClose).divide(close, digits);
  }

  private BigDecimal number(List<String> cells, CandleField field) {
    return decimals.parse(label(field), required(cells, field));
  }

  private BigDecimal optionalNumber(List<String> cells, CandleField field) {
    if (!columns.mapped(field) || absent(cell(cells, field))) return null;
    return decimals.parse(label(field), cell(cells, field));
  }

  private String required(List<String> cells, CandleField field) {
    String text = cell(cells, field);
    if (absent(text)) throw new RowRejection(label(field) + " is " + (text.isEmpty() ? "empty" : "null"));
    return text;
  }

  /** An empty cell, or the literal {@code null} some exporters (Yahoo among them) write for a missing value. */
  private static boolean absent(String text) {
    return text.isEmpty() || text.equalsIgnoreCase("null");
  }

  private String cell(List<String> cells, CandleField field) {
    return cells.get(columns.index()[field.ordinal()]);
  }

  private String label(CandleField field) {
    return columns.label()[field.ordinal()];
  }
}
