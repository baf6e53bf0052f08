package io.phasewise.adapters.rest.portfolio;

import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What an import did: its sync log entry, every refused line with its reason, the symbols registered, the version after. */
@Schema(name = "StatementImport")
record StatementImportJson(
    SyncLogEntryJson log,
    @Schema(description = "every line not stored, with its reason") List<Problem> problems,
    @Schema(description = "symbols registered as new assets") List<String> registeredSymbols,
    @Schema(description = "the portfolio's version afterwards, also the ETag") long version) {

  static StatementImportJson of(StatementImportReport r) {
    return new StatementImportJson(SyncLogEntryJson.of(r.log()), r.problems().stream().map(p -> new Problem(p.line(), p.reason())).toList(),
        r.registeredSymbols(), r.version());
  }

  /** A line of the statement that was not stored, and why. */
  @Schema(name = "StatementLineProblem")
  record Problem(long line, String reason) {}
}
