package io.phasewise.application.market.model;

/** The formats a candle file can come in, named by the importing side and read by the file reader. */
public enum CandleFileFormat {
  /** Yahoo Finance export: {@code Date,Open,High,Low,Close,Adj Close,Volume}. */
  YAHOO,
  /** Phasewise's own CSV download: {@code time,open,high,low,close,volume,...} with ISO-8601 UTC times. */
  PHASEWISE
}
