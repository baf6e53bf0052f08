package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A price the user recorded for an external instrument, valid from its day on; in requests and answers alike. */
@Schema(name = "RecordedPrice")
record RecordedPriceJson(
    @NotNull @Valid @Schema(description = "an external instrument: externalSymbol and currency") InstrumentJson instrument,
    @NotNull @Schema(example = "2024-06-28") LocalDate day,
    @NotNull @Positive @Schema(description = "in the instrument's currency") BigDecimal price) {

  static RecordedPriceJson of(RecordedPrice p) {
    return new RecordedPriceJson(InstrumentJson.of(p.instrument()), p.day(), p.price());
  }

  RecordedPrice price(FieldErrors errors, String field) {
    Instrument.External external = instrument.external(errors, field + ".instrument");
    LocalDate from = RequestValues.date(errors, field + ".day", day);
    return external == null || from == null ? null : new RecordedPrice(external, from, price);
  }
}
