package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.portfolio.port.in.UpdatePortfolioSettingsCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.PositionPlan;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Body of PATCH /api/me/portfolios/{portfolioId}: what is given replaces what is stored, what is left out stays. */
@Schema(name = "PortfolioSettingsPatch")
record SettingsPatchRequest(
    @Size(min = 1, max = 200) @Schema(description = "a new name") String name,
    @Valid @Size(max = 500) @Schema(description = "every position plan; replaces the stored ones") List<@NotNull PositionPlanJson> plans,
    @Valid @Size(max = 10_000) @Schema(description = "every recorded price of external instruments; replaces the stored ones")
    List<@NotNull RecordedPriceJson> recordedPrices) {

  UpdatePortfolioSettingsCommand command(UserId owner, PortfolioId portfolio, OptionalLong expectedVersion) {
    FieldErrors errors = new FieldErrors();
    List<PositionPlan> newPlans = null;
    if (plans != null) {
      newPlans = new ArrayList<>();
      for (int i = 0; i < plans.size(); i++) newPlans.add(plans.get(i).plan(errors, "plans[" + i + "]"));
    }
    List<RecordedPrice> newPrices = null;
    if (recordedPrices != null) {
      newPrices = new ArrayList<>();
      for (int i = 0; i < recordedPrices.size(); i++) newPrices.add(recordedPrices.get(i).price(errors, "recordedPrices[" + i + "]"));
    }
    errors.throwIfAny();
    return new UpdatePortfolioSettingsCommand(owner, portfolio, name, newPlans, newPrices, expectedVersion);
  }
}
