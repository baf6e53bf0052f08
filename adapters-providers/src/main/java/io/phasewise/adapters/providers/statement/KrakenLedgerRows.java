package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a Kraken ledger export ({@code ledgers.csv}), times in UTC. A trade is two lines sharing a
 * {@code refid} (types {@code trade}, or {@code spend} and {@code receive}): the pair is one BUY or
 * SELL, read at its first line, the second line skipped; its source id {@code kraken:<refid>} is the
 * trade's {@code txid} in the trades export, so importing both adds each trade once. Deposits and
 * withdrawals of cash (fiat, USDT, USDC) are DEPOSIT and WITHDRAWAL; of a coin, DELIVERY_IN and
 * DELIVERY_OUT without a price (the ledger has none). Staking and earn rewards are DELIVERY_IN at no
 * cost; moves between Kraken's own wallets and pending lines (no {@code txid}) are skipped.
 */
final class KrakenLedgerRows {
  private static final String TXID = "txid";
  private static final String REFID = "refid";
  private static final String TIME = "time";
  private static final String TYPE = "type";
  private static final String ASSET = "asset";
  private static final String AMOUNT = "amount";
  private static final String FEE = "fee";
  private static final Set<String> TRADE_TYPES = Set.of("trade", "spend", "receive");
  /** The currency a coin moved without a price is booked in. */
  private static final CurrencyCode UNPRICED = new CurrencyCode("USD");

  private final SourceIds ids = new SourceIds(StatementFormat.KRAKEN_LEDGER);

  private KrakenLedgerRows() {}

  static List<StatementRow> read(InputStream in) {
    CsvTable table = CsvTable.read(in, StatementFormat.KRAKEN_LEDGER).require(TXID, REFID, TIME, TYPE, ASSET, AMOUNT, FEE);
    return new KrakenLedgerRows().rows(table.records());
  }

  private List<StatementRow> rows(List<CsvRecord> records) {
    Map<String, List<CsvRecord>> trades = new LinkedHashMap<>();
    for (CsvRecord record : records) {
      if (record.broken() == null && isTrade(record)) trades.computeIfAbsent(record.text(REFID), r -> new ArrayList<>()).add(record);
    }
    List<StatementRow> rows = new ArrayList<>(records.size());
    Map<Long, StatementRow> firstLegs = new LinkedHashMap<>();
    for (CsvRecord record : records) {
      List<CsvRecord> legs = record.broken() == null && isTrade(record) ? trades.get(record.text(REFID)) : null;
      if (legs == null) {
        rows.add(CsvTable.row(record, this::single));
      } else if (legs.get(0) == record) {
        StatementRow first = Rows.guarded(record.line(), () -> trade(legs));
        firstLegs.put(record.line(), first);
        rows.add(first);
      } else {
        rows.add(laterLeg(record, legs.get(0).line(), firstLegs.get(legs.get(0).line())));
      }
    }
    return rows;
  }

  /** Whether the line is a leg of a trade (a line whose refid or type cannot be read is not). */
  private static boolean isTrade(CsvRecord record) {
    try {
      String type = record.text(TYPE);
      return type != null && TRADE_TYPES.contains(type.toLowerCase(Locale.ROOT)) && record.text(REFID) != null;
    } catch (RowRejection e) {
      return false;
    }
  }

  private static StatementRow laterLeg(CsvRecord record, long firstLine, StatementRow first) {
    String refid = record.text(REFID);
    if (first instanceof StatementRow.Read) return new StatementRow.Skipped(record.line(), "the other leg of trade " + refid + ", read at line " + firstLine);
    return new StatementRow.Unreadable(record.line(), "a leg of trade " + refid + ", unreadable at line " + firstLine);
  }

  private StatementRow trade(List<CsvRecord> legs) {
    CsvRecord first = legs.get(0);
    String refid = first.text(REFID);
    if (legs.size() != 2) throw new RowRejection("trade " + refid + " has " + legs.size() + " ledger lines; a trade has two");
    Leg a = new Leg(first);
    Leg b = new Leg(legs.get(1));
    if (a.amount.signum() == b.amount.signum()) throw new RowRejection("the two lines of trade " + refid + " move their assets the same way");
    Leg spent = a.amount.signum() < 0 ? a : b;
    Leg received = spent == a ? b : a;
    int spentRank = CryptoSymbols.quoteRank(spent.asset);
    int receivedRank = CryptoSymbols.quoteRank(received.asset);
    if (CryptoSymbols.isCash(spent.asset) && CryptoSymbols.isCash(received.asset)) {
      throw new RowRejection("trade " + refid + " converts " + spent.asset + " to " + received.asset + "; currency conversions are not imported");
    }
    boolean buy = spentRank <= receivedRank;
    Leg base = buy ? received : spent;
    Leg quote = buy ? spent : received;
    return new CryptoTrade(buy, base.asset, quote.asset, base.brokerAsset, base.amount.abs(), quote.amount.abs(), base.fee, quote.fee)
        .draft(a.time)
        .sourceId("kraken:" + refid)
        .read(first.line(), ids);
  }

  private StatementRow single(CsvRecord record) {
    if (record.text(TXID) == null) return new StatementRow.Skipped(record.line(), "a pending line (no txid yet)");
    String type = record.required(TYPE).toLowerCase(Locale.ROOT);
    String subtype = record.text("subtype");
    Leg leg = new Leg(record);
    if (leg.amount.signum() == 0) return new StatementRow.Skipped(record.line(), "amount is 0");
    boolean reward = type.equals("staking") || (type.equals("earn") && "reward".equalsIgnoreCase(subtype));
    if (type.equals("transfer") || type.equals("earn") && !reward) {
      return new StatementRow.Skipped(record.line(), "a move between Kraken's own wallets (" + type + (subtype == null ? "" : " " + subtype) + ")");
    }
    ActivityDraft draft;
    if (reward) {
      if (leg.amount.signum() < 0) throw new RowRejection("amount '" + leg.amount.toPlainString() + "' of a reward must be positive");
      draft = delivery(LedgerEventType.DELIVERY_IN, leg, leg.amount.subtract(leg.fee)).note("staking reward, no price in the ledger");
    } else if (type.equals("deposit") || type.equals("withdrawal")) {
      draft = transfer(type.equals("deposit"), leg);
    } else {
      throw new RowRejection("type '" + CsvRecord.quote(type) + "' is not imported (deposit, withdrawal, trade, spend, receive, staking, earn, transfer are)");
    }
    return draft.time(leg.time.toLocalTime()).sourceId("kraken:" + record.text(TXID)).read(record.line(), ids);
  }

  private static ActivityDraft transfer(boolean deposit, Leg leg) {
    if ((leg.amount.signum() > 0) != deposit) {
      throw new RowRejection("amount '" + leg.amount.toPlainString() + "' has the wrong sign for a " + (deposit ? "deposit" : "withdrawal"));
    }
    if (CryptoSymbols.isCash(leg.asset)) {
      return ActivityDraft.of(deposit ? LedgerEventType.DEPOSIT : LedgerEventType.WITHDRAWAL, leg.time.toLocalDate())
          .currency(CurrencyCode.of(leg.asset))
          .gross(leg.amount.abs())
          .fee(leg.fee);
    }
    return deposit ? delivery(LedgerEventType.DELIVERY_IN, leg, leg.amount.subtract(leg.fee)).note("coin deposit, no price in the ledger")
        : delivery(LedgerEventType.DELIVERY_OUT, leg, leg.amount.abs().add(leg.fee)).note("coin withdrawal, no price in the ledger");
  }

  private static ActivityDraft delivery(LedgerEventType type, Leg leg, BigDecimal quantity) {
    return ActivityDraft.of(type, leg.time.toLocalDate())
        .symbol(CryptoSymbols.symbol(leg.asset, UNPRICED.code()), leg.brokerAsset)
        .quantity(quantity)
        .currency(UNPRICED);
  }

  /** One ledger line's movement: {@code amount} (signed) and {@code fee} of {@code asset}. */
  private static final class Leg {
    final String brokerAsset;
    final String asset;
    final BigDecimal amount;
    final BigDecimal fee;
    final LocalDateTime time;

    Leg(CsvRecord record) {
      brokerAsset = record.required(ASSET);
      asset = CryptoSymbols.krakenAsset(brokerAsset);
      amount = record.requiredDecimal(AMOUNT);
      BigDecimal charged = record.nonNegative(FEE);
      fee = charged == null ? BigDecimal.ZERO : charged;
      time = StatementDates.exchangeTime(TIME, record.required(TIME), ZoneOffset.UTC);
    }
  }
}
