package io.phasewise.application.portfolio.service;

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

/** The one place a portfolio's refusal becomes the {@link Failure} a caller sees, each naming its event. */
final class PortfolioRejections {
  private PortfolioRejections() {}

  static Failure failure(PortfolioRejection rejection) {
    if (rejection instanceof AlreadyRecorded r) {
      return new Failure.Conflict("source id '" + r.sourceId() + "' is already recorded as event " + r.existing());
    }
    if (rejection instanceof UnknownEvent r) return new Failure.NotFound("ledger event", r.event().toString());
    if (rejection instanceof Oversold r) {
      return new Failure.Conflict("event " + r.event() + " takes " + r.taken().toPlainString() + " of " + r.instrument()
          + " but the position holds " + r.held().toPlainString() + " then");
    }
    if (rejection instanceof Overcovered r) {
      return new Failure.Conflict("event " + r.event() + " covers " + r.covered().toPlainString() + " of " + r.instrument()
          + " but the short position owes " + r.shortQuantity().toPlainString() + " then");
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
      return new Failure.Conflict("event " + r.event() + " opens the other side of " + r.instrument() + " while "
          + r.openQuantity().toPlainString() + " are open: close that side first");
    }
    throw new IllegalStateException("a portfolio rejection without its wording: " + rejection);
  }
}
