package io.phasewise.application.portfolio.port.in;

import io.phasewise.application.portfolio.model.SyncLogEntry;
import java.util.List;
import java.util.Objects;

/**
 * What an import did: its sync log entry (counts, status, the first errors), every refused line with
 * its reason, the symbols registered as new assets, and the portfolio's version afterwards.
 */
public record StatementImportReport(SyncLogEntry log, List<RowProblem> problems, List<String> registeredSymbols, long version) {
  public StatementImportReport {
    Objects.requireNonNull(log, "log");
    problems = List.copyOf(problems);
    registeredSymbols = List.copyOf(registeredSymbols);
  }

  /** A line of the statement that was not stored, and why. */
  public record RowProblem(long line, String reason) {
    public RowProblem {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return "line " + line + ": " + reason;
    }
  }
}
