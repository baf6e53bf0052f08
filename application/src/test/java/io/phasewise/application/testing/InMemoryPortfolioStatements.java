package io.phasewise.application.testing;

import io.phasewise.application.portfolio.model.StatementActivity;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.application.portfolio.port.out.ReadStatementPort;
import io.phasewise.application.portfolio.port.out.WriteLedgerCsvPort;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test stand-in for the providers' statement reader and ledger writer: one tiny CSV for every format
 * (no quoting), {@value #HEADER}, which the writer writes and the reader reads back. A blank line is
 * skipped; a line that does not parse is unreadable with the reason; a file without the header is not
 * in the format at all.
 */
public final class InMemoryPortfolioStatements implements ReadStatementPort, WriteLedgerCsvPort {
  public static final String HEADER = "type,date,symbol,quantity,price,currency,gross,fee,source_id";

  @Override
  public List<StatementRow> read(InputStream in, StatementFormat format, Map<String, String> columns) {
    List<String> lines = lines(in);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) throw new InvalidInputException("header", "expected the columns " + HEADER);
    List<StatementRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) rows.add(row(i + 1, lines.get(i)));
    return rows;
  }

  private static StatementRow row(long line, String text) {
    if (text.isBlank()) return new StatementRow.Skipped(line, "blank line");
    String[] c = text.split(",", -1);
    if (c.length != 9) return new StatementRow.Unreadable(line, "expected 9 cells, found " + c.length);
    try {
      StatementActivity activity = new StatementActivity(LedgerEventType.valueOf(c[0]), LocalDate.parse(c[1]), null,
          c[2].isEmpty() ? null : c[2], c[2], decimal(c[3]), decimal(c[4]), CurrencyCode.of(c[5]), decimal(c[6]), decimal(c[7]), null,
          null, c[8], null);
      return new StatementRow.Read(line, activity);
    } catch (RuntimeException bad) {
      return new StatementRow.Unreadable(line, "not an activity: " + bad.getMessage());
    }
  }

  private static BigDecimal decimal(String cell) {
    return cell.isEmpty() ? null : new BigDecimal(cell);
  }

  @Override
  public void write(List<LedgerEvent> events, Function<Instrument, String> symbols, OutputStream out) {
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.println(HEADER);
    for (LedgerEvent e : events) {
      writer.println(String.join(",", e.type().name(), e.date().toString(), e.instrument() == null ? "" : symbols.apply(e.instrument()),
          e.quantity().toPlainString(), e.unitPrice().toPlainString(), e.currency().code(), e.gross().toPlainString(),
          e.fee().toPlainString(), e.sourceId()));
    }
    writer.flush();
  }

  private static List<String> lines(InputStream in) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
