package io.phasewise.application.portfolio.port.in;

import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A ledger ready to be written as a Phasewise CSV statement: read (and owner-checked) before anything
 * is written, so a failure comes before the first byte.
 *
 * @param events how many events the CSV holds
 */
public record LedgerExport(String portfolioName, int events, Consumer<OutputStream> content) {
  public LedgerExport {
    Objects.requireNonNull(portfolioName, "portfolioName");
    Objects.requireNonNull(content, "content");
  }

  /** Writes the CSV to {@code out}; does not close it. */
  public void writeTo(OutputStream out) {
    content.accept(out);
  }
}
