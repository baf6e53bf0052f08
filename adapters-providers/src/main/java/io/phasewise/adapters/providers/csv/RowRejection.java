package io.phasewise.adapters.providers.csv;

/**
 * Why one row of a delimited file cannot be used (a candle's bad cell, a broken quote). Thrown and
 * caught within a single row's conversion, so it carries no stack trace: a file with many bad rows
 * must not pay for one each.
 */
public final class RowRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RowRejection(String reason) {
    super(reason, null, false, false);
  }
}
