package io.phasewise.adapters.providers.csv;

import java.math.BigDecimal;

/**
 * Reads exact decimals as written in a cell, keeping every digit of the file. With {@code '.'} as
 * decimal separator, {@code ','} may group thousands ({@code 1,234.5}), and the other way round;
 * groups are checked, so {@code 1.5} in a decimal-comma file is refused rather than read as 15.
 * Candle files and broker statements read their numbers with it.
 */
public final class DecimalParser {

  private final char decimalSeparator;
  private final char groupingSeparator;

  public DecimalParser(char decimalSeparator) {
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException("decimal separator must be '.' or ',': '" + decimalSeparator + "'");
    }
    this.decimalSeparator = decimalSeparator;
    this.groupingSeparator = decimalSeparator == '.' ? ',' : '.';
  }

  /** The decimal written in {@code text}; a row rejection naming {@code column} if it is not one. */
  public BigDecimal parse(String column, String text) {
    String plain = plain(text);
    if (plain != null) {
      try {
        return new BigDecimal(plain);
      } catch (NumberFormatException e) {
        // falls through to the rejection below
      }
    }
    throw new RowRejection(column + " '" + text + "' is not a number");
  }

  /** {@code text} without grouping and with a {@code '.'} decimal point, or {@code null} if its grouping is malformed. */
  private String plain(String text) {
    if (text.indexOf(groupingSeparator) < 0) return decimalSeparator == '.' ? text : text.replace(',', '.');
    int point = text.indexOf(decimalSeparator);
    int end = point < 0 ? text.length() : point;
    int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, start);
    int digits = 0;
    boolean firstGroup = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == groupingSeparator) {
        if (firstGroup ? digits == 0 || digits > 3 : digits != 3) return null;
        firstGroup = false;
        digits = 0;
      } else if (c >= '0' && c <= '9') {
        out.append(c);
        digits++;
      } else {
        return null;
      }
    }
    if (firstGroup || digits != 3) return null;
    if (point >= 0) out.append('.').append(text, point + 1, text.length());
    return out.toString();
  }
}
