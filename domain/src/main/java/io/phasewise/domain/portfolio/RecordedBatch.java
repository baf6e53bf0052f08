package io.phasewise.domain.portfolio;

import java.util.List;
import java.util.Objects;

/** What {@link Portfolio#recordAll} took: the portfolio with every accepted event, and each refused one. */
public record RecordedBatch(Portfolio portfolio, int recorded, List<Refused> rejected) {
  public RecordedBatch {
    Objects.requireNonNull(portfolio, "portfolio");
    rejected = List.copyOf(rejected);
  }

  /** The event at {@code index} of the batch, and why it was refused. */
  public record Refused(int index, LedgerEvent event, PortfolioRejection rejection) {}
}
