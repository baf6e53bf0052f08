package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.PositionPlan;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Command: {@code owner} renames portfolio {@code portfolio} and replaces its position plans and the
 * prices recorded for its external instruments. A {@code null} name, plan list or price list keeps
 * what is stored. With an {@code expectedVersion}, only that version is changed.
 */
public record UpdatePortfolioSettingsCommand(UserId owner, PortfolioId portfolio, String name, List<PositionPlan> plans,
    List<RecordedPrice> recordedPrices, OptionalLong expectedVersion) {
  public UpdatePortfolioSettingsCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    if (name != null && name.isBlank()) throw new InvalidInputException("name", "a portfolio needs a name");
    name = name == null ? null : name.strip();
    plans = plans == null ? null : List.copyOf(plans);
    recordedPrices = recordedPrices == null ? null : List.copyOf(recordedPrices);
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
