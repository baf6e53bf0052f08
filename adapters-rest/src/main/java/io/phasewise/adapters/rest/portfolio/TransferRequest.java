package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.application.portfolio.port.in.TransferBetweenPortfoliosCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** Body of POST .../transfers: securities moved from this portfolio into another of the caller's, lots keeping dates and costs. */
@Schema(name = "PortfolioTransferInput")
record TransferRequest(
    @NotNull @Schema(description = "the id of the caller's portfolio receiving the lots (same base currency)", format = "uuid") String to,
    @NotNull @Valid InstrumentJson instrument,
    @NotNull @Positive BigDecimal quantity,
    @NotNull @Schema(example = "2024-03-01") LocalDate date,
    @Schema(type = "string", example = "10:00:00") LocalTime time,
    @Size(min = 1, max = 200) @Schema(description = "the broker's id of the transfer; default: made from the transfer's id") String sourceId) {

  TransferBetweenPortfoliosCommand command(UserId owner, PortfolioId from) {
    FieldErrors errors = new FieldErrors();
    PortfolioId target = PathIds.uuid(to).map(PortfolioId::of).orElse(null);
    if (target == null) errors.add("to", "must be the id of one of your portfolios, not '" + to + "'");
    InstrumentRef ref = instrument.ref(errors, "instrument");
    LocalDate day = RequestValues.date(errors, "date", date);
    errors.throwIfAny();
    return new TransferBetweenPortfoliosCommand(owner, from, target, ref, quantity, day, time, sourceId);
  }
}
