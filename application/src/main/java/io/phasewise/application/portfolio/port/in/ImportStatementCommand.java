package io.phasewise.application.portfolio.port.in;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * Command: {@code owner} imports a broker or exchange statement into {@code portfolio}.
 *
 * @param columns for {@link StatementFormat#COLUMN_MAPPED_CSV}: Phasewise field to the file's header
 * @param origin where the file came from (its name), for the sync log
 * @param unknownSymbols what to do with a symbol no asset has
 */
public record ImportStatementCommand(UserId owner, PortfolioId portfolio, StatementFormat format, Map<String, String> columns,
    String origin, InputStream in, UnknownSymbols unknownSymbols) {
  public ImportStatementCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(format, "format");
    columns = columns == null ? Map.of() : Map.copyOf(columns);
    origin = origin == null || origin.isBlank() ? "upload" : origin.strip();
    Objects.requireNonNull(in, "in");
    unknownSymbols = unknownSymbols == null ? UnknownSymbols.REGISTER : unknownSymbols;
  }

  /** How an activity whose symbol names no asset is booked. */
  public enum UnknownSymbols {
    /** Register a new asset for the symbol (its type inferred from the symbol) and track it. */
    REGISTER,
    /** Keep it as an external instrument, valued from prices the user records. */
    EXTERNAL
  }
}
