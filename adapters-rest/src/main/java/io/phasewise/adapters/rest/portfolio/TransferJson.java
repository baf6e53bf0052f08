package io.phasewise.adapters.rest.portfolio;

import io.phasewise.application.portfolio.port.in.TransferResult;
import io.swagger.v3.oas.annotations.media.Schema;

/** Both sides of a stored transfer: each portfolio's new version and the event recorded in it. */
@Schema(name = "PortfolioTransfer")
record TransferJson(Side from, Side to) {

  static TransferJson of(TransferResult t) {
    return new TransferJson(new Side(t.from().id().toString(), t.from().version(), LedgerEventJson.of(t.transferOut())),
        new Side(t.to().id().toString(), t.to().version(), LedgerEventJson.of(t.transferIn())));
  }

  /** One portfolio of a transfer after it. */
  @Schema(name = "PortfolioTransferSide")
  record Side(String portfolioId, @Schema(description = "its new version") long version, LedgerEventJson event) {}
}
