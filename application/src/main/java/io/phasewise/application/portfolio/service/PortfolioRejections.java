package io.phasewise.application.portfolio.service;

import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.PortfolioRejection;
import io.phasewise.domain.portfolio.PortfolioRejection.AlreadyRecorded;
import io.phasewise.domain.portfolio.PortfolioRejection.BadLotPick;
import io.phasewise.domain.portfolio.PortfolioRejection.InvalidEvent;
import io.phasewise.domain.portfolio.PortfolioRejection.MissingFxRate;
import io.phasewise.domain.portfolio.PortfolioRejection.OppositePositionOpen;
import io.phasewise.domain.portfolio.PortfolioRejection.Overcovered;
import io.phasewise.domain.portfolio.PortfolioRejection.Oversold;
import io.phasewise.domain.portfolio.PortfolioRejection.ShortsNotAllowed;
import io.phasewise.domain.portfolio.PortfolioRejection.UnknownEvent;
import io.phasewise.domain.shared.Failure;
import java.math.BigDecimal;

/** The one place a portfolio's refusal becomes the {@link Failure} a caller sees, each naming its event. */
final class PortfolioRejections {
  private PortfolioRejections() {}

  static Failure failure(PortfolioRejection rejection) {
    if (rejection instanceof AlreadyRecorded r) {
      return new Failure.Conflict("source id '" + r.sourceId() + "' is already recorded as event " + r.existing());
    }
    if (rejection instanceof UnknownEvent r) return new Failure.NotFound("ledger event", r.event().toString());
    if (rejection instanceof Oversold r) {
      return new Failure.Conflict("event " + r.event() + " takes " + quantity(r.taken()) + " of " + named(r.instrument())
          + " but the position holds " + quantity(r.held()) + " then");
    }
    if (rejection instanceof Overcovered r) {
      return new Failure.Conflict("event " + r.event() + " covers " + quantity(r.covered()) + " of " + named(r.instrument())
          + " but the short position owes " + quantity(r.shortQuantity()) + " then");
    }
    if (rejection instanceof ShortsNotAllowed r) {
      return new Failure.Conflict("event " + r.event() + " sells short, and this portfolio does not allow shorts");
    }
    if (rejection instanceof BadLotPick r) return Failure.InvalidInput.of("lotPicks", "event " + r.event() + ": " + r.problem());
    if (rejection instanceof MissingFxRate r) {
      return Failure.InvalidInput.of("fxRate", "event " + r.event() + " needs the " + r.from() + "/" + r.to() + " rate of "
          + r.day() + ", which the market store does not have: give the rate applied");
    }
    if (rejection instanceof InvalidEvent r) return Failure.InvalidInput.of("event", "event " + r.event() + ": " + r.problem());
    if (rejection instanceof OppositePositionOpen r) {
      return new Failure.Conflict("event " + r.event() + " opens the other side of " + named(r.instrument()) + " while "
          + quantity(r.openQuantity()) + " are open: close that side first");
    }
    throw new IllegalStateException("a portfolio rejection without its wording: " + rejection);
  }

  /** An instrument as the valuation's warnings name it: {@code asset:<id>} or the external symbol, never a record's dump. */
  private static String named(Instrument instrument) {
    return instrument instanceof Instrument.Tracked t ? "asset:" + t.asset() : ((Instrument.External) instrument).symbol();
  }

  /** A quantity as entered: 20, not the 20.000000000000000000 of the lot book's scale. */
  private static String quantity(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
