package io.phasewise.adapters.persistence.timeseries;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Renders rows in PostgreSQL's COPY text format straight into a running {@code COPY ... FROM STDIN}:
 * tab-separated columns, {@code \N} for null, exact decimals and doubles, buffered in 64 KiB blocks.
 */
public final class CopyWriter {
  private static final int BLOCK = 1 << 16;
  private static final byte[] NULL = {'\\', 'N'};

  private final CopyIn copy;
  private final byte[] block = new byte[BLOCK];
  private int size;
  private boolean rowStarted;

  CopyWriter(CopyIn copy) {
    this.copy = copy;
  }

  /**
   * Runs {@code statement}, a {@code COPY ... FROM STDIN}, on {@code connection} with the rows
   * {@code rows} writes (each ended by {@link #endRow}); returns how many the server stored. On a
   * failure the COPY is abandoned, so that the connection stays usable, and the failure thrown.
   */
  public static long copyIn(Connection connection, String statement, Rows rows) throws SQLException {
    CopyWriter out = new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement));
    try {
      rows.write(out);
      return out.finish();
    } catch (SQLException | RuntimeException e) {
      out.cancel(e);
      throw e;
    }
  }

  public void number(BigDecimal value) throws SQLException {
    if (value == null) nullValue();
    else ascii(value.toPlainString());
  }

  /**
   * A double as {@link Double#toString} renders it, which parses back to the same double; NaN, the
   * domain's "no value yet", as null.
   */
  public void number(double value) throws SQLException {
    if (Double.isNaN(value)) nullValue();
    else ascii(Double.toString(value));
  }

  public void number(long value) throws SQLException {
    ascii(Long.toString(value));
  }

  public void time(Instant value) throws SQLException {
    ascii(value.toString());
  }

  public void text(String value) throws SQLException {
    if (value == null) nullValue();
    else if (isPlainAscii(value)) ascii(value);
    else column(escape(value));
  }

  /** Ends the row being written. */
  public void endRow() throws SQLException {
    reserve(1);
    block[size++] = '\n';
    rowStarted = false;
  }

  /** Sends the rest and ends the COPY; returns the rows the server stored. */
  private long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  /** Abandons the COPY after a failure so that the connection stays usable. */
  private void cancel(Exception failure) {
    try {
      if (copy.isActive()) copy.cancelCopy();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void nullValue() throws SQLException {
    column(NULL);
  }

  private void ascii(String value) throws SQLException {
    int length = value.length();
    if (length + 1 > BLOCK) {
      column(value.getBytes(StandardCharsets.US_ASCII));
      return;
    }
    separate(length);
    for (int i = 0; i < length; i++) block[size++] = (byte) value.charAt(i);
  }

  private void column(byte[] bytes) throws SQLException {
    if (bytes.length + 1 > BLOCK) {
      separate(0);
      flush();
      copy.writeToCopy(bytes, 0, bytes.length);
      return;
    }
    separate(bytes.length);
    System.arraycopy(bytes, 0, block, size, bytes.length);
    size += bytes.length;
  }

  /** Makes room for a column of {@code length} bytes and writes the tab before it, if any. */
  private void separate(int length) throws SQLException {
    reserve(length + 1);
    if (rowStarted) block[size++] = '\t';
    rowStarted = true;
  }

  private void reserve(int bytes) throws SQLException {
    if (size + bytes > BLOCK) flush();
  }

  private void flush() throws SQLException {
    if (size > 0) copy.writeToCopy(block, 0, size);
    size = 0;
  }

  /** Whether {@code value} needs neither escaping nor encoding. */
  private static boolean isPlainAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == '\\' || c > '~') return false;
    }
    return true;
  }

  private static byte[] escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the rows of one COPY. */
  @FunctionalInterface
  public interface Rows {
    void write(CopyWriter out) throws SQLException;
  }
}
