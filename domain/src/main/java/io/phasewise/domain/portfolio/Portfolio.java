package io.phasewise.domain.portfolio;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.InvalidInputException;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's portfolio: its settings and its ledger, kept as the full audit trail of
 * {@link LedgerRevision}s. Holdings, cash and gains are never stored here; they are derived from
 * {@link #ledger()} as of any date.
 *
 * <p>The portfolio decides: a change that the ledger cannot take (an oversold position, a short in a
 * portfolio without shorts, a source id recorded twice) is refused with a {@link PortfolioRejection}.
 * Every accepted change returns a new portfolio with the same {@code version}; the store assigns the
 * next version when it saves it and refuses a save based on an older one.
 *
 * @param version the stored version this state was read at; 0 for a portfolio never saved
 */
public record Portfolio(
    PortfolioId id,
    UserId owner,
    String name,
    CurrencyCode baseCurrency,
    BookingMethod method,
    boolean allowShorts,
    List<LedgerRevision> revisions,
    List<PositionPlan> plans,
    List<RecordedPrice> recordedPrices,
    long version,
    Instant createdAt) {

  public Portfolio {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    if (name == null || name.isBlank()) throw new InvalidInputException("name", "a portfolio needs a name");
    name = InputText.require("name", name, InputText.NAME);
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    Objects.requireNonNull(method, "method");
    revisions = RevisionTrail.of(revisions);
    plans = List.copyOf(plans);
    recordedPrices = List.copyOf(recordedPrices);
    Objects.requireNonNull(createdAt, "createdAt");
    if (version < 0) throw new IllegalArgumentException("portfolio version must not be negative: " + version);
  }

  /** A new, empty portfolio. */
  public static Portfolio open(
      PortfolioId id, UserId owner, String name, CurrencyCode baseCurrency, BookingMethod method, boolean allowShorts, Instant at) {
    return new Portfolio(id, owner, name, baseCurrency, method, allowShorts, List.of(), List.of(), List.of(), 0, at);
  }

  /** {@code event} added to the ledger, if the ledger can take it. */
  public Either<PortfolioRejection, Portfolio> record(LedgerEvent event, MarketFacts facts, Instant at) {
    return recordAll(List.of(event), facts, at).flatMap(batch -> batch.rejected().isEmpty()
        ? Either.right(batch.portfolio())
        : Either.left(batch.rejected().get(0).rejection()));
  }

  /**
   * Every event of {@code events} the ledger can take, in their order; each refused one is reported
   * with its index and leaves the others in. Always a right: the batch itself is never refused.
   */
  public Either<PortfolioRejection, RecordedBatch> recordAll(List<LedgerEvent> events, MarketFacts facts, Instant at) {
    return Either.right(LedgerReplay.recordAll(this, events, facts, at));
  }

  /** The event with {@code replacement}'s id replaced by it, as a new revision. */
  public Either<PortfolioRejection, Portfolio> edit(LedgerEvent replacement, MarketFacts facts, Instant at) {
    return revise(replacement.id(), RevisionKind.EDITED, replacement, facts, at);
  }

  /** The event with this id deleted, as a new revision that keeps what it was. */
  public Either<PortfolioRejection, Portfolio> delete(LedgerEventId id, MarketFacts facts, Instant at) {
    return event(id).<Either<PortfolioRejection, Portfolio>>map(old -> revise(id, RevisionKind.DELETED, old, facts, at))
        .orElseGet(() -> Either.left(new PortfolioRejection.UnknownEvent(id)));
  }

  private Either<PortfolioRejection, Portfolio> revise(
      LedgerEventId id, RevisionKind kind, LedgerEvent event, MarketFacts facts, Instant at) {
    LedgerRevision current = trail().latest(id);
    if (current == null || current.kind() == RevisionKind.DELETED) return Either.left(new PortfolioRejection.UnknownEvent(id));
    if (kind == RevisionKind.EDITED) {
      Optional<LedgerEvent> clash = eventWithSource(event.sourceId()).filter(e -> !e.id().equals(id));
      if (clash.isPresent()) return Either.left(new PortfolioRejection.AlreadyRecorded(event.sourceId(), clash.get().id()));
    }
    List<LedgerRevision> next = new ArrayList<>(revisions);
    next.add(new LedgerRevision(id, current.revision() + 1, kind, event, at));
    Portfolio revised = withRevisions(next);
    return LedgerReplay.check(revised, facts).map(ok -> revised);
  }

  /**
   * The lots that {@code out}, a {@code TRANSFER_OUT} or {@code DELIVERY_OUT} of this portfolio
   * (recorded or about to be), takes at its place in the ledger, by the booking method (or its lot
   * picks): each with its acquisition date, its quantity in units as of the transfer date and its
   * cost in this portfolio's base currency (18 places). The counterpart {@code TRANSFER_IN} carries
   * them with this base currency as its currency.
   */
  public Either<PortfolioRejection, List<CarriedLot>> lotsTakenBy(LedgerEvent out, MarketFacts facts) {
    return LedgerReplay.lotsTakenBy(this, out, facts);
  }

  /** This portfolio with {@code revisions} as its audit trail (the rest unchanged). */
  Portfolio withRevisions(List<LedgerRevision> revisions) {
    return new Portfolio(id, owner, name, baseCurrency, method, allowShorts, revisions, plans, recordedPrices, version, createdAt);
  }

  /**
   * The events in force (each event's latest revision, deletions left out), in {@link LedgerEvent#LEDGER_ORDER},
   * unmodifiable; derived once per portfolio.
   */
  public List<LedgerEvent> ledger() {
    return trail().ledger();
  }

  /** The event in force with this id. */
  public Optional<LedgerEvent> event(LedgerEventId id) {
    LedgerRevision r = trail().latest(id);
    return r == null || r.kind() == RevisionKind.DELETED ? Optional.empty() : Optional.of(r.event());
  }

  /** The event in force with this source id. */
  public Optional<LedgerEvent> eventWithSource(String sourceId) {
    return trail().withSource(sourceId);
  }

  private RevisionTrail trail() {
    return (RevisionTrail) revisions;
  }
}
