package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The open lots of one side (long or short) of a position, kept in the order the booking method
 * takes them, with the side's totals. Under {@link BookingMethod#AVERAGE} the lots only keep dates
 * and quantities (taken oldest first); every unit carries the moving average cost, which a sale
 * leaves as it was. A sale without lot picks under {@link BookingMethod#SPECIFIC_ID} takes the oldest
 * lots first, as tax authorities do when lots are not identified.
 */
final class LotSide {
  private static final Comparator<Lot> OLDEST_FIRST = Comparator.comparingLong(l -> l.seq);

  private final BookingMethod method;
  private final TreeSet<Lot> queue;
  /** The open lots by opening event, kept only under SPECIFIC_ID, the one method whose sales pick lots. */
  private final Map<LedgerEventId, List<Lot>> byOpener = new HashMap<>();
  private Ratio quantity = Ratio.ZERO;
  /**
   * The side's amounts: under AVERAGE kept as lots come and go (its sales are priced from them); under
   * the other methods null until asked, then summed from the open lots and kept until they change: a
   * running total of lots taken in part collects a denominator per lot size and soon outgrows longs.
   */
  private LotAmounts totals;

  LotSide(BookingMethod method) {
    this.method = method;
    this.queue = new TreeSet<>(order(method));
    this.totals = method == BookingMethod.AVERAGE ? LotAmounts.NONE : null;
  }

  private static Comparator<Lot> order(BookingMethod method) {
    return switch (method) {
      case LIFO -> OLDEST_FIRST.reversed();
      case HIFO -> Comparator.comparing(Lot::unitCost).reversed().thenComparing(OLDEST_FIRST);
      case FIFO, AVERAGE, SPECIFIC_ID -> OLDEST_FIRST;
    };
  }

  Ratio quantity() {
    return quantity;
  }

  /** The side's cost basis in the base currency (net proceeds for a short side). */
  Ratio cost() {
    return totals().cost();
  }

  /** The fees and taxes included in {@link #cost()}. */
  Ratio fees() {
    return totals().fees();
  }

  boolean isOpen() {
    return quantity.signum() > 0;
  }

  void add(Lot lot) {
    queue.add(lot);
    if (method == BookingMethod.SPECIFIC_ID) byOpener.computeIfAbsent(lot.openedBy, k -> new ArrayList<>(1)).add(lot);
    quantity = quantity.plus(lot.quantity());
    totals = method == BookingMethod.AVERAGE ? totals.plus(lot.amounts()) : null;
  }

  /** What is wrong with {@code picks} for taking {@code wanted} units, or empty when they can be taken. */
  Optional<String> pickProblem(List<LotPick> picks, Ratio wanted) {
    if (picks.isEmpty()) return Optional.empty();
    if (method != BookingMethod.SPECIFIC_ID) return Optional.of("lot picks are only taken by a SPECIFIC_ID portfolio, this one books by " + method);
    for (LotPick pick : picks) {
      if (pick.quantity().signum() <= 0) return Optional.of("a pick takes a positive quantity, not " + pick.quantity().toPlainString());
    }
    Map<LedgerEventId, Ratio> perLot = picked(picks, wanted);
    Ratio total = Ratio.ZERO;
    for (Map.Entry<LedgerEventId, Ratio> e : perLot.entrySet()) {
      Ratio open = openedBy(e.getKey());
      if (open.signum() == 0) return Optional.of("no open lot was opened by event " + e.getKey());
      if (e.getValue().signum() <= 0) return Optional.of("the picks of event " + e.getKey() + " take nothing");
      if (open.compareTo(e.getValue()) < 0) {
        return Optional.of("the lots opened by event " + e.getKey() + " hold " + Amounts.quantity(open).toPlainString()
            + ", the picks take " + Amounts.quantity(e.getValue()).toPlainString());
      }
      total = total.plus(e.getValue());
    }
    // each pick may be off by the rounding of a decimal of 18 places
    if (total.minus(wanted).abs().compareTo(slack(picks)) > 0) {
      return Optional.of("the picks add up to " + Amounts.quantity(total).toPlainString() + ", the event moves " + Amounts.quantity(wanted).toPlainString());
    }
    return Optional.empty();
  }

  /**
   * The quantity picked per opening event. A pick of what a lot holds as shown (18 places) takes it
   * whole: after a reverse split a lot can hold 77/75 units, which no decimal names exactly. The
   * rounding left between the picks and {@code wanted} is taken from the last partly picked lot, so
   * the event moves exactly its quantity.
   */
  private Map<LedgerEventId, Ratio> picked(List<LotPick> picks, Ratio wanted) {
    Map<LedgerEventId, Ratio> perLot = new LinkedHashMap<>();
    for (LotPick pick : picks) perLot.merge(pick.openedBy(), Ratio.of(pick.quantity()), Ratio::plus);
    Ratio total = Ratio.ZERO;
    LedgerEventId partial = null;
    for (Map.Entry<LedgerEventId, Ratio> e : perLot.entrySet()) {
      Ratio open = openedBy(e.getKey());
      if (Amounts.quantity(open).compareTo(Amounts.quantity(e.getValue())) == 0) {
        e.setValue(open);
      } else {
        partial = e.getKey();
      }
      total = total.plus(e.getValue());
    }
    Ratio rest = wanted.minus(total);
    if (partial != null && rest.abs().compareTo(slack(picks)) <= 0) perLot.merge(partial, rest, Ratio::plus);
    return perLot;
  }

  private static Ratio slack(List<LotPick> picks) {
    return Ratio.of(picks.size()).dividedBy(Ratio.of(BigDecimal.TEN.pow(Amounts.QUANTITY_SCALE)));
  }

  private Ratio openedBy(LedgerEventId id) {
    Ratio open = Ratio.ZERO;
    for (Lot lot : byOpener.getOrDefault(id, List.of())) open = open.plus(lot.quantity());
    return open;
  }

  /**
   * Removes {@code wanted} units (at most {@link #quantity()}, picks already checked by
   * {@link #pickProblem}, which then decide the quantity) and returns the parts taken, each with its
   * date and its share of the cost.
   */
  List<Lot> take(Ratio wanted, List<LotPick> picks) {
    List<Lot> pieces = new ArrayList<>();
    if (picks.isEmpty()) {
      Ratio left = wanted;
      while (left.signum() > 0) {
        Lot piece = takeFrom(queue.first(), left);
        pieces.add(piece);
        left = left.minus(piece.quantity());
      }
    } else {
      for (Map.Entry<LedgerEventId, Ratio> pick : picked(picks, wanted).entrySet()) {
        Ratio left = pick.getValue();
        for (Lot lot : List.copyOf(byOpener.get(pick.getKey()))) {
          if (left.signum() == 0) break;
          if (lot.quantity().signum() == 0) continue;
          Lot piece = takeFrom(lot, left.min(lot.quantity()));
          pieces.add(piece);
          left = left.minus(piece.quantity());
        }
      }
    }
    if (method == BookingMethod.AVERAGE) pieces = atAverage(pieces);
    for (Lot piece : pieces) {
      quantity = quantity.minus(piece.quantity());
      totals = method == BookingMethod.AVERAGE ? totals.minus(piece.amounts()) : null;
    }
    return pieces;
  }

  private Lot takeFrom(Lot lot, Ratio units) {
    if (units.compareTo(lot.quantity()) >= 0) {
      queue.remove(lot);
      if (method == BookingMethod.SPECIFIC_ID) byOpener.get(lot.openedBy).remove(lot);
    }
    return lot.take(units);
  }

  private List<Lot> atAverage(List<Lot> pieces) {
    List<Lot> priced = new ArrayList<>(pieces.size());
    for (Lot p : pieces) priced.add(p.withAmounts(totals.part(p.quantity())));
    return priced;
  }

  void split(Ratio factor) {
    for (Lot lot : queue) lot.split(factor);
    quantity = quantity.times(factor);
    totals = method == BookingMethod.AVERAGE ? totals.split(factor) : null;
  }

  private LotAmounts totals() {
    if (totals == null) {
      LotAmounts sum = LotAmounts.NONE;
      for (Lot lot : queue) sum = sum.plus(lot.amounts());
      totals = sum;
    }
    return totals;
  }

  /** The open lots, oldest first; under AVERAGE each priced at the average cost. */
  List<Lot> openLots() {
    List<Lot> lots = new ArrayList<>(queue);
    lots.sort(OLDEST_FIRST);
    return method == BookingMethod.AVERAGE ? atAverage(lots) : lots;
  }
}
