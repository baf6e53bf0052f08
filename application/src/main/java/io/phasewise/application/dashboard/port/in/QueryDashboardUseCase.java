package io.phasewise.application.dashboard.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.Interval;

/** Use case: the dashboard cards of a user's watchlist, in display order, in one call. */
public interface QueryDashboardUseCase {
  /** The cards of {@code user}'s watched assets on {@code interval}; no cards for an empty watchlist. */
  Dashboard cards(UserId user, Interval interval);
}
