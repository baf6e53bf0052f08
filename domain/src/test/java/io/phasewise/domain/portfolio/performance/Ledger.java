package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.PortfolioId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data: a ledger written event by event in date order, amounts in one currency unless stated. */
final class Ledger {
  static final CurrencyCode EUR = CurrencyCode.of("EUR");
  static final CurrencyCode USD = CurrencyCode.of("USD");
  private static final PortfolioId OTHER = PortfolioId.of(new UUID(9, 9));

  private final List<LedgerEvent> events = new ArrayList<>();

  static Instrument stock(long id) {
    return new Instrument.Tracked(AssetId.of(id), EUR);
  }

  Ledger deposit(String date, double amount) {
    return cash(LedgerEventType.DEPOSIT, date, amount, EUR);
  }

  Ledger withdraw(String date, double amount) {
    return cash(LedgerEventType.WITHDRAWAL, date, amount, EUR);
  }

  Ledger cash(LedgerEventType type, String date, double amount, CurrencyCode currency) {
    return add(type, date, null, 0, 0, amount, 0, currency);
  }

  Ledger buy(String date, Instrument instrument, double quantity, double price) {
    return trade(LedgerEventType.BUY, date, instrument, quantity, price, 0);
  }

  Ledger sell(String date, Instrument instrument, double quantity, double price) {
    return trade(LedgerEventType.SELL, date, instrument, quantity, price, 0);
  }

  Ledger trade(LedgerEventType type, String date, Instrument instrument, double quantity, double price, double fee) {
    return add(type, date, instrument, quantity, price, quantity * price, fee, instrument.currency());
  }

  Ledger add(LedgerEventType type, String date, Instrument instrument, double quantity, double price, double gross, double fee, CurrencyCode currency) {
    boolean transfer = type == LedgerEventType.TRANSFER_IN || type == LedgerEventType.TRANSFER_OUT;
    int n = events.size() + 1;
    events.add(new LedgerEvent(LedgerEventId.of(new UUID(0, n)), type, LocalDate.parse(date), null, n, instrument,
        BigDecimal.valueOf(quantity), BigDecimal.valueOf(price), currency, BigDecimal.valueOf(gross), BigDecimal.valueOf(fee),
        BigDecimal.ZERO, null, "row-" + n, List.of(), transfer ? OTHER : null, List.of(), null, null));
    return this;
  }

  List<LedgerEvent> events() {
    return List.copyOf(events);
  }
}
