package io.phasewise.domain.portfolio;

import io.phasewise.domain.account.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data: a portfolio in a few readable calls; unsaved, in USD, FIFO, without shorts and empty
 * unless told. {@link #withLedger} stores events as they would be read back (unchecked);
 * {@link #recording} records them through the aggregate and fails on any refusal.
 */
public final class PortfolioBuilder {
  /** The instant every built portfolio and revision is stamped with. */
  public static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");

  private PortfolioId id = PortfolioId.of(UUID.randomUUID());
  private UserId owner = new UserId(UUID.randomUUID());
  private String name = "Test portfolio";
  private CurrencyCode base = CurrencyCode.of("USD");
  private BookingMethod method = BookingMethod.FIFO;
  private boolean allowShorts;
  private final List<LedgerRevision> revisions = new ArrayList<>();
  private final List<PositionPlan> plans = new ArrayList<>();
  private final List<RecordedPrice> prices = new ArrayList<>();
  private long version;

  private PortfolioBuilder() {}

  public static PortfolioBuilder aPortfolio() {
    return new PortfolioBuilder();
  }

  public PortfolioBuilder withId(PortfolioId id) {
    this.id = id;
    return this;
  }

  public PortfolioBuilder ownedBy(UserId owner) {
    this.owner = owner;
    return this;
  }

  public PortfolioBuilder named(String name) {
    this.name = name;
    return this;
  }

  public PortfolioBuilder inBase(String currency) {
    this.base = CurrencyCode.of(currency);
    return this;
  }

  public PortfolioBuilder booking(BookingMethod method) {
    this.method = method;
    return this;
  }

  public PortfolioBuilder allowingShorts() {
    return allowingShorts(true);
  }

  public PortfolioBuilder allowingShorts(boolean allowShorts) {
    this.allowShorts = allowShorts;
    return this;
  }

  public PortfolioBuilder withPlan(PositionPlan plan) {
    plans.add(plan);
    return this;
  }

  public PortfolioBuilder withPrice(RecordedPrice price) {
    prices.add(price);
    return this;
  }

  /** As read back from the store at {@code version}. */
  public PortfolioBuilder saved(long version) {
    this.version = version;
    return this;
  }

  /** These events in the ledger as recorded revisions, not checked. */
  public PortfolioBuilder withLedger(List<LedgerEvent> events) {
    for (LedgerEvent e : events) revisions.add(new LedgerRevision(e.id(), 1, RevisionKind.RECORDED, e, AT));
    return this;
  }

  public Portfolio build() {
    return new Portfolio(id, owner, name, base, method, allowShorts, revisions, plans, prices, version, AT);
  }

  /** The portfolio with {@code events} recorded one batch; fails if the ledger refuses any. */
  public Portfolio recording(MarketFacts facts, List<LedgerEvent> events) {
    RecordedBatch batch = build().recordAll(events, facts, AT).get();
    if (!batch.rejected().isEmpty()) throw new AssertionError("the ledger refused " + batch.rejected());
    return batch.portfolio();
  }
}
