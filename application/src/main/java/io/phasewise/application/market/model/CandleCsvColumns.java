package io.phasewise.application.market.model;

/**
 * The columns of Phasewise's own candle CSV, in file order: what a candle download writes and what
 * the candle import reads back, so a download imports unchanged.
 */
public final class CandleCsvColumns {
  public static final String TIME = "time";
  public static final String OPEN = "open";
  public static final String HIGH = "high";
  public static final String LOW = "low";
  public static final String CLOSE = "close";
  public static final String VOLUME = "volume";
  public static final String ADJ_OPEN = "adj_open";
  public static final String ADJ_HIGH = "adj_high";
  public static final String ADJ_LOW = "adj_low";
  public static final String ADJ_CLOSE = "adj_close";
  public static final String ADJ_VOLUME = "adj_volume";
  public static final String DIVIDEND_CASH = "dividend_cash";
  public static final String SPLIT_FACTOR = "split_factor";
  public static final String SOURCE = "source";

  /** The header line (without its line break); a compile-time constant, so API documentation can quote it. */
  public static final String HEADER = TIME + "," + OPEN + "," + HIGH + "," + LOW + "," + CLOSE + "," + VOLUME + ","
      + ADJ_OPEN + "," + ADJ_HIGH + "," + ADJ_LOW + "," + ADJ_CLOSE + "," + ADJ_VOLUME + "," + DIVIDEND_CASH + ","
      + SPLIT_FACTOR + "," + SOURCE;

  private CandleCsvColumns() {}
}
