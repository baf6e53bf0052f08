package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/me/portfolios: a new, empty portfolio. */
@Schema(name = "OpenPortfolioInput")
record OpenPortfolioRequest(
    @NotBlank @Size(max = 200) @Schema(example = "Retirement") String name,
    @NotNull @Schema(description = "the currency every figure is reported in", example = "EUR") String baseCurrency,
    @Schema(implementation = BookingMethod.class, description = "how sales are matched to lots; default FIFO") String method,
    @Schema(description = "whether SELL_SHORT is allowed; default false") Boolean allowShorts) {

  OpenPortfolioCommand command(UserId owner) {
    FieldErrors errors = new FieldErrors();
    CurrencyCode base = RequestValues.requiredCurrency(errors, "baseCurrency", baseCurrency);
    BookingMethod booking = errors.code("method", method, BookingMethod.values(), Enum::name);
    errors.throwIfAny();
    return new OpenPortfolioCommand(owner, name, base, booking, Boolean.TRUE.equals(allowShorts));
  }
}
