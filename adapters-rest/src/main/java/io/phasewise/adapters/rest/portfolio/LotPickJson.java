package io.phasewise.adapters.rest.portfolio;

import io.phasewise.domain.portfolio.LotPick;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** Part of a SPECIFIC_ID sale, in requests and answers alike: how much of the lot opened by one event it closes. */
@Schema(name = "LotPick")
record LotPickJson(
    @NotNull @Schema(description = "the id of the event that opened the lot", format = "uuid") String openedBy,
    @NotNull @Positive BigDecimal quantity) {

  static LotPickJson of(LotPick pick) {
    return new LotPickJson(pick.openedBy().toString(), pick.quantity());
  }
}
