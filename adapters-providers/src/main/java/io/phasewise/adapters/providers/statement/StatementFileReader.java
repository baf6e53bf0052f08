package io.phasewise.adapters.providers.statement;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.application.portfolio.port.out.ReadStatementPort;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads broker and exchange statements (UTF-8) into one row per line after the header: an activity
 * in Phasewise's naming, or why the line is unreadable (naming the column and the value), or why it
 * is skipped. A bad line never stops the others; a file that is not in the format at all (a missing
 * header column, not JSON) or holds more than {@link #MAX_ROWS} rows is refused with an
 * {@link io.phasewise.domain.shared.InvalidInputException}. The layouts and their mapping to ledger
 * events are documented in {@code docs/PORTFOLIO.md}, "Importing statements". Closes the stream.
 */
public final class StatementFileReader implements ReadStatementPort {
  /** Most rows a statement may hold. */
  public static final int MAX_ROWS = 200_000;

  @Override
  public List<StatementRow> read(InputStream in, StatementFormat format, Map<String, String> columns) {
    Objects.requireNonNull(in, "in");
    return switch (Objects.requireNonNull(format, "format")) {
      case PHASEWISE_CSV -> PhasewiseCsvRows.phasewise(in);
      case COLUMN_MAPPED_CSV -> PhasewiseCsvRows.mapped(in, columns);
      case IBKR_FLEX_TRADES -> IbkrFlexRows.read(in);
      case KRAKEN_LEDGER -> KrakenLedgerRows.read(in);
      case KRAKEN_TRADES -> KrakenTradesRows.read(in);
      case KUCOIN_TRADES -> KucoinTradesRows.read(in);
      case YAHOO_PORTFOLIO -> YahooPortfolioRows.read(in);
      case GHOSTFOLIO_CSV -> GhostfolioCsvRows.read(in);
      case GHOSTFOLIO_JSON -> GhostfolioJsonRows.read(in);
    };
  }
}
