package io.phasewise.domain.portfolio;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which events a ledger can take by replaying it through the lot book ({@link LedgerState}).
 *
 * <p>A batch is judged in one replay of the ledger merged with the new events, in ledger order, one
 * replay per instrument (instruments do not interact; cash never refuses an event): each new event
 * is taken or refused at its place, so a batch that sorts after the ledger simply continues the
 * replayed state. A backdated event can break an event already recorded (a sale that a later sale
 * needed the shares of): then the latest new event before it that can be to blame is refused with
 * the rejection of the event it broke, and that instrument is replayed again. The work is one replay
 * per batch plus one replay of an instrument per event refused that way: O(n log n) for a broker
 * import, whatever its size.
 */
final class LedgerReplay {
  private static final Set<LedgerEventType> ACQUISITIONS = EnumSet.of(LedgerEventType.BUY, LedgerEventType.SELL_SHORT,
      LedgerEventType.DIVIDEND_REINVEST, LedgerEventType.DELIVERY_IN, LedgerEventType.TRANSFER_IN);
  private static final Set<LedgerEventType> REDUCTIONS = EnumSet.of(LedgerEventType.SELL, LedgerEventType.BUY_TO_COVER,
      LedgerEventType.TRANSFER_OUT, LedgerEventType.DELIVERY_OUT);

  private final Portfolio portfolio;
  private final MarketFacts facts;

  private LedgerReplay(Portfolio portfolio, MarketFacts facts) {
    this.portfolio = portfolio;
    this.facts = facts;
  }

  /** Right when every event of {@code portfolio}'s ledger can be applied in order; else the first refusal. */
  static Either<PortfolioRejection, Portfolio> check(Portfolio portfolio, MarketFacts facts) {
    LedgerState state = new LedgerState(portfolio, facts);
    for (LedgerEvent e : portfolio.ledger()) {
      Optional<PortfolioRejection> refused = state.apply(e);
      if (refused.isPresent()) return Either.left(refused.get());
    }
    return Either.right(portfolio);
  }

  /** The lots {@code out} takes at its place in the ledger (events before it in ledger order, itself left out). */
  static Either<PortfolioRejection, List<CarriedLot>> lotsTakenBy(Portfolio portfolio, LedgerEvent out, MarketFacts facts) {
    if (out.type() != LedgerEventType.TRANSFER_OUT && out.type() != LedgerEventType.DELIVERY_OUT) {
      throw new IllegalArgumentException("only a transfer or delivery out takes lots, not " + out.type());
    }
    LedgerState state = new LedgerState(portfolio, facts);
    for (LedgerEvent e : portfolio.ledger()) {
      if (LedgerEvent.LEDGER_ORDER.compare(e, out) >= 0) break;
      if (!e.id().equals(out.id())) state.apply(e);
    }
    Optional<PortfolioRejection> refused = state.apply(out);
    if (refused.isPresent()) return Either.left(refused.get());
    List<CarriedLot> lots = new ArrayList<>();
    for (Lot lot : state.lastTaken()) {
      lots.add(new CarriedLot(lot.acquiredOn, Amounts.quantity(lot.quantity()).stripTrailingZeros(),
          Amounts.quantity(lot.cost()).stripTrailingZeros()));
    }
    return Either.right(lots);
  }

  /** Appends each event the ledger can take, as revision 1 at {@code at}; refuses duplicates of a source id. */
  static RecordedBatch recordAll(Portfolio portfolio, List<LedgerEvent> events, MarketFacts facts, Instant at) {
    List<LedgerEvent> ledger = portfolio.ledger();
    Map<String, LedgerEventId> sources = new HashMap<>();
    Set<LedgerEventId> ids = new HashSet<>();
    for (LedgerEvent e : ledger) {
      sources.put(e.sourceId(), e.id());
      ids.add(e.id());
    }
    Map<LedgerEventId, RecordedBatch.Refused> refused = new LinkedHashMap<>();
    List<LedgerEvent> candidates = new ArrayList<>();
    Map<LedgerEventId, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      LedgerEvent e = events.get(i);
      if (!ids.add(e.id())) throw new IllegalArgumentException("event id " + e.id() + " is already in the ledger or the batch");
      LedgerEventId existing = sources.putIfAbsent(e.sourceId(), e.id());
      if (existing != null) {
        refused.put(e.id(), new RecordedBatch.Refused(i, e, new PortfolioRejection.AlreadyRecorded(e.sourceId(), existing)));
      } else {
        candidates.add(e);
        indexOf.put(e.id(), i);
      }
    }
    Map<LedgerEventId, PortfolioRejection> rejections = new LedgerReplay(portfolio, facts).judge(ledger, candidates);
    rejections.forEach((id, why) -> refused.put(id, new RecordedBatch.Refused(indexOf.get(id), events.get(indexOf.get(id)), why)));

    List<LedgerRevision> revisions = new ArrayList<>(portfolio.revisions());
    for (LedgerEvent e : candidates) {
      if (!rejections.containsKey(e.id())) revisions.add(new LedgerRevision(e.id(), 1, RevisionKind.RECORDED, e, at));
    }
    List<RecordedBatch.Refused> inOrder = new ArrayList<>(refused.values());
    inOrder.sort(Comparator.comparingInt(RecordedBatch.Refused::index));
    return new RecordedBatch(portfolio.withRevisions(revisions), candidates.size() - rejections.size(), inOrder);
  }

  /** The new events refused, each with why, judging every instrument (and the cash events) on its own. */
  private Map<LedgerEventId, PortfolioRejection> judge(List<LedgerEvent> ledger, List<LedgerEvent> candidates) {
    Map<Instrument, List<LedgerEvent>> existingBy = byInstrument(ledger);
    List<LedgerEvent> sorted = new ArrayList<>(candidates);
    sorted.sort(LedgerEvent.LEDGER_ORDER);
    Map<LedgerEventId, PortfolioRejection> rejections = new HashMap<>();
    for (Map.Entry<Instrument, List<LedgerEvent>> group : byInstrument(sorted).entrySet()) {
      List<LedgerEvent> existing = existingBy.getOrDefault(group.getKey(), List.of());
      Set<LedgerEventId> fresh = new HashSet<>();
      for (LedgerEvent e : group.getValue()) fresh.add(e.id());
      rejections.putAll(judge(merge(existing, group.getValue()), fresh));
    }
    return rejections;
  }

  private Map<LedgerEventId, PortfolioRejection> judge(List<LedgerEvent> merged, Set<LedgerEventId> fresh) {
    Map<LedgerEventId, PortfolioRejection> blamed = new HashMap<>();
    while (true) {
      Map<LedgerEventId, PortfolioRejection> refused = new HashMap<>(blamed);
      LedgerState state = new LedgerState(portfolio, facts);
      List<LedgerEvent> accepted = new ArrayList<>();
      LedgerEvent culprit = null;
      PortfolioRejection broken = null;
      for (LedgerEvent e : merged) {
        if (blamed.containsKey(e.id())) continue;
        Optional<PortfolioRejection> rejection = state.apply(e);
        if (rejection.isEmpty()) {
          if (fresh.contains(e.id())) accepted.add(e);
        } else if (fresh.contains(e.id())) {
          refused.put(e.id(), rejection.get());
        } else {
          // an event already recorded no longer replays: a new event before it may be to blame
          culprit = culprit(accepted, rejection.get());
          if (culprit != null) {
            broken = rejection.get();
            break;
          }
        }
      }
      if (culprit == null) return refused;
      blamed.put(culprit.id(), broken);
    }
  }

  /**
   * The latest new event taken before a recorded event that {@code broken} refused, preferring the
   * kind that causes it (an acquisition for an opposite position, a reduction otherwise); null when
   * the refusal does not depend on other events (a missing rate: the market facts changed, not the ledger).
   */
  private static LedgerEvent culprit(List<LedgerEvent> accepted, PortfolioRejection broken) {
    if (!(broken instanceof PortfolioRejection.Oversold || broken instanceof PortfolioRejection.Overcovered
        || broken instanceof PortfolioRejection.BadLotPick || broken instanceof PortfolioRejection.OppositePositionOpen)) {
      return null;
    }
    Set<LedgerEventType> cause = broken instanceof PortfolioRejection.OppositePositionOpen ? ACQUISITIONS : REDUCTIONS;
    for (int i = accepted.size() - 1; i >= 0; i--) {
      if (cause.contains(accepted.get(i).type())) return accepted.get(i);
    }
    return accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
  }

  private static Map<Instrument, List<LedgerEvent>> byInstrument(List<LedgerEvent> events) {
    Map<Instrument, List<LedgerEvent>> groups = new LinkedHashMap<>();
    for (LedgerEvent e : events) groups.computeIfAbsent(e.instrument(), k -> new ArrayList<>()).add(e);
    return groups;
  }

  private static List<LedgerEvent> merge(List<LedgerEvent> a, List<LedgerEvent> b) {
    List<LedgerEvent> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      boolean takeA = j == b.size() || (i < a.size() && LedgerEvent.LEDGER_ORDER.compare(a.get(i), b.get(j)) <= 0);
      merged.add(takeA ? a.get(i++) : b.get(j++));
    }
    return merged;
  }
}
