package io.phasewise.application.dashboard.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.Interval;
import java.util.List;
import java.util.Objects;

/** A user's dashboard on one bar interval: a card per watched asset, in display order. */
public record Dashboard(UserId user, Interval interval, List<DashboardCard> cards) {
  public Dashboard {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(interval, "interval");
    cards = List.copyOf(cards);
  }
}
