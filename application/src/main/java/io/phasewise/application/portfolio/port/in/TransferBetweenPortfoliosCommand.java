package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Command: {@code owner} moves {@code quantity} of {@code instrument} from portfolio {@code from} to
 * portfolio {@code to} on {@code date}; the lots moved keep their acquisition dates and costs.
 *
 * @param sourceId the broker's id of the transfer, or {@code null} for one made from the transfer's id
 */
public record TransferBetweenPortfoliosCommand(UserId owner, PortfolioId from, PortfolioId to, InstrumentRef instrument,
    BigDecimal quantity, LocalDate date, LocalTime time, String sourceId) {
  public TransferBetweenPortfoliosCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) throw new InvalidInputException("to", "a transfer goes to another portfolio");
    if (instrument == null) throw new InvalidInputException("instrument", "a transfer moves one instrument");
    if (quantity == null || quantity.signum() <= 0) throw new InvalidInputException("quantity", "a transfer moves a positive quantity");
    if (date == null) throw new InvalidInputException("date", "a transfer needs its date");
  }
}
