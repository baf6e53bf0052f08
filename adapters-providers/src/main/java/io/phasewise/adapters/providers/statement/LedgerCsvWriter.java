package io.phasewise.adapters.providers.statement;

import io.phasewise.application.portfolio.port.out.WriteLedgerCsvPort;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes ledger events as a Phasewise CSV (UTF-8, RFC 4180 quoting, one event per line), the layout
 * {@link StatementFileReader} reads back as the same activities. What the layout has no column for
 * stays out: the lots a sale picks, a transfer's other portfolio and carried lots, the journal
 * annotations except their notes (with line breaks made spaces, as a line holds one event) and the
 * entry snapshot.
 */
public final class LedgerCsvWriter implements WriteLedgerCsvPort {

  @Override
  public void write(List<LedgerEvent> events, Function<Instrument, String> symbols, OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      line(writer, PhasewiseCsvRows.FIELDS);
      for (LedgerEvent event : events) line(writer, cells(event, symbols));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cells(LedgerEvent event, Function<Instrument, String> symbols) {
    String symbol = event.instrument() == null ? "" : symbols.apply(event.instrument());
    if (symbol == null) throw new IllegalArgumentException("no symbol for the instrument of event " + event.id());
    String note = event.annotations() == null || event.annotations().notes() == null ? ""
        : event.annotations().notes().replaceAll("[\\r\\n]+", " ");
    return List.of(event.type().name(), event.date().toString(), DateTimeFormatter.ISO_LOCAL_TIME.format(event.time()), symbol,
        plain(event.quantity()), plain(event.unitPrice()), event.currency().code(), plain(event.gross()), plain(event.fee()),
        plain(event.tax()), plain(event.recordedFxRate()), event.sourceId(), note);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static void line(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) writer.write(',');
      writer.write(quoted(cells.get(i)));
    }
    writer.write("\r\n");
  }

  /** {@code cell} quoted when a reader would otherwise split it or trim it. */
  private static String quoted(String cell) {
    boolean plain = cell.isEmpty() || (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.strip().equals(cell));
    return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }
}
