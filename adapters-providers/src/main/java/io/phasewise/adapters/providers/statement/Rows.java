package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.function.Supplier;

/** Turns the rejection of one line's value into that line's unreadable row, so that it never stops the others. */
final class Rows {
  private Rows() {}

  static StatementRow guarded(long line, Supplier<StatementRow> read) {
    try {
      return read.get();
    } catch (RowRejection e) {
      return new StatementRow.Unreadable(line, e.getMessage());
    } catch (InvalidInputException e) {
      return new StatementRow.Unreadable(line, e.problem());
    }
  }
}
