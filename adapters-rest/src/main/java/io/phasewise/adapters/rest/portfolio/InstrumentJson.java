package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.portfolio.port.in.InstrumentRef;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What an event, plan or recorded price is about, in requests and answers alike: a tracked asset or an external symbol. */
@Schema(name = "PortfolioInstrument",
    description = "exactly one of assetId (an asset Phasewise tracks) and externalSymbol (one it does not, valued from prices the user records)")
record InstrumentJson(
    @Positive @Schema(description = "a registered asset") Long assetId,
    @Size(max = 64) @Schema(description = "the user's own symbol for an untracked instrument: letters, digits, spaces, . _ / ^ = -",
        example = "PRIVATE-FUND") String externalSymbol,
    @Schema(description = "the currency the instrument is priced in, upper case (ISO 4217 or a crypto ticker). Required with "
        + "externalSymbol and in a position plan; an event on a tracked asset leaves it out (the asset's quote currency is used)",
        example = "USD") String currency) {

  static InstrumentJson of(Instrument instrument) {
    if (instrument instanceof Instrument.Tracked tracked) {
      return new InstrumentJson(tracked.asset().value(), null, tracked.currency().code());
    }
    Instrument.External external = (Instrument.External) instrument;
    return new InstrumentJson(null, external.symbol(), external.currency().code());
  }

  /** The instrument an event or a transfer names; a tracked asset's currency is the asset's own. */
  InstrumentRef ref(FieldErrors errors, String field) {
    if (!exactlyOne(errors, field)) return null;
    if (assetId != null) {
      if (currency != null) {
        errors.add(field + ".currency", "a tracked asset is priced in its quote currency: leave this out (give the event's "
            + "currency for an asset that has none)");
      }
      return assetId > 0 ? InstrumentRef.tracked(AssetId.of(assetId)) : null;
    }
    CurrencyCode code = RequestValues.requiredCurrency(errors, field + ".currency", currency);
    return code == null ? null : RequestValues.built(errors, field + ".externalSymbol", () -> InstrumentRef.external(externalSymbol, code));
  }

  /** The instrument itself, as a plan names it: a tracked asset with the currency given. */
  Instrument instrument(FieldErrors errors, String field) {
    if (!exactlyOne(errors, field)) return null;
    CurrencyCode code = RequestValues.requiredCurrency(errors, field + ".currency", currency);
    if (code == null) return null;
    if (assetId != null) return assetId > 0 ? new Instrument.Tracked(AssetId.of(assetId), code) : null;
    return external(errors, field, code);
  }

  /** The external instrument a recorded price is for. */
  Instrument.External external(FieldErrors errors, String field) {
    if (assetId != null || externalSymbol == null) {
      errors.add(field, "prices are recorded for external instruments only: give externalSymbol and currency, no assetId");
      return null;
    }
    CurrencyCode code = RequestValues.requiredCurrency(errors, field + ".currency", currency);
    return code == null ? null : external(errors, field, code);
  }

  private Instrument.External external(FieldErrors errors, String field, CurrencyCode code) {
    return RequestValues.built(errors, field + ".externalSymbol", () -> new Instrument.External(externalSymbol, code));
  }

  private boolean exactlyOne(FieldErrors errors, String field) {
    if ((assetId == null) == (externalSymbol == null)) {
      errors.add(field, "name either assetId or externalSymbol, not both or neither");
      return false;
    }
    return true;
  }
}
