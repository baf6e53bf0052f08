package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementActivity;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.SaneDecimal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An activity being read from one line, checked as a whole when it is built: the rules every preset
 * shares (an instrument exactly for instrument types, positive quantities for trades, no negative
 * amounts, sane numbers) and the source id. Amounts never given are zero.
 */
final class ActivityDraft {
  /** Most digits after the point of an amount the reader computes (a gross from quantity × price, a price from cost ÷ quantity). */
  static final int SCALE = 18;

  private final LedgerEventType type;
  private final LocalDate date;
  private LocalTime time;
  private String symbol;
  private String brokerSymbol;
  private BigDecimal quantity;
  private BigDecimal unitPrice;
  private CurrencyCode currency;
  private BigDecimal gross;
  private BigDecimal fee;
  private BigDecimal tax;
  private BigDecimal fxRate;
  private String sourceId;
  private boolean numbered;
  private String note;

  private ActivityDraft(LedgerEventType type, LocalDate date) {
    this.type = Objects.requireNonNull(type, "type");
    this.date = Objects.requireNonNull(date, "date");
  }

  static ActivityDraft of(LedgerEventType type, LocalDate date) {
    return new ActivityDraft(type, date);
  }

  ActivityDraft time(LocalTime value) {
    time = value;
    return this;
  }

  /** The instrument in Phasewise's naming and as the statement spells it. */
  ActivityDraft symbol(String phasewise, String broker) {
    symbol = phasewise;
    brokerSymbol = broker;
    return this;
  }

  ActivityDraft quantity(BigDecimal value) {
    quantity = value;
    return this;
  }

  ActivityDraft unitPrice(BigDecimal value) {
    unitPrice = value;
    return this;
  }

  ActivityDraft currency(CurrencyCode value) {
    currency = value;
    return this;
  }

  ActivityDraft gross(BigDecimal value) {
    gross = value;
    return this;
  }

  ActivityDraft fee(BigDecimal value) {
    fee = value;
    return this;
  }

  ActivityDraft tax(BigDecimal value) {
    tax = value;
    return this;
  }

  /** Units of the currency per one unit of the portfolio's base currency, as {@link LedgerEvent#recordedFxRate()}. */
  ActivityDraft fxRate(BigDecimal value) {
    fxRate = value;
    return this;
  }

  /** The statement's own id of the row, taken as it is (a repeat is a duplicate the import refuses). */
  ActivityDraft sourceId(String value) {
    sourceId = value;
    numbered = false;
    return this;
  }

  /** An id the statement repeats on purpose (an order's id on each of its fills): repeats are numbered. */
  ActivityDraft repeatableSourceId(String value) {
    sourceId = value;
    numbered = true;
    return this;
  }

  ActivityDraft note(String value) {
    note = value;
    return this;
  }

  /** The checked activity as the row of {@code line}. */
  StatementRow.Read read(long line, SourceIds ids) {
    return new StatementRow.Read(line, build(ids));
  }

  /** The checked activity; a rejection naming the field that breaks a rule. */
  StatementActivity build(SourceIds ids) {
    if (currency == null) throw new RowRejection("the currency is missing");
    quantity = checked("quantity", quantity);
    unitPrice = checked("unit price", unitPrice);
    fee = checked("fee", fee);
    tax = checked("tax", tax);
    if (fxRate != null && fxRate.signum() <= 0) throw new RowRejection("the exchange rate " + fxRate.toPlainString() + " must be positive");
    checked("exchange rate", fxRate);
    if (type.hasInstrument()) {
      if (symbol == null || symbol.isBlank()) throw new RowRejection(type + " needs a symbol");
      checkText("symbol", InputText.problem(symbol, InputText.NAME));
      checkText("broker symbol", InputText.problem(brokerSymbol, InputText.NAME));
      boolean needsQuantity = type != LedgerEventType.DIVIDEND;
      if (needsQuantity && quantity.signum() <= 0) throw new RowRejection(type + " needs a positive quantity, not " + quantity.toPlainString());
      if (gross == null) gross = rounded(quantity.multiply(unitPrice));
    } else {
      symbol = null;
      brokerSymbol = null;
      if (gross == null || gross.signum() <= 0) throw new RowRejection(type + " needs a positive amount, not " + (gross == null ? "none" : gross.toPlainString()));
    }
    gross = checked("gross amount", gross);
    if (note != null && note.isBlank()) note = null;
    checkText("note", InputText.proseProblem(note, InputText.PROSE));
    String id = sourceId == null ? ids.hashed(content()) : numbered ? ids.numbered(sourceId) : sourceId;
    checkText("source id", InputText.problem(id, LedgerEvent.MAX_SOURCE_ID));
    return new StatementActivity(type, date, time, symbol, brokerSymbol, quantity, unitPrice, currency, gross, fee, tax, fxRate, id, note);
  }

  /** {@code value} cut to {@link #SCALE} decimals (half even), without trailing zeros. */
  static BigDecimal rounded(BigDecimal value) {
    BigDecimal cut = value.scale() > SCALE ? value.setScale(SCALE, RoundingMode.HALF_EVEN) : value;
    return cut.signum() == 0 ? BigDecimal.ZERO : cut.stripTrailingZeros();
  }

  private String content() {
    return Stream.of(type, date, time, symbol, brokerSymbol, plain(quantity), plain(unitPrice), currency, plain(gross), plain(fee),
            plain(tax), plain(fxRate), note)
        .map(v -> v == null ? "" : v.toString())
        .collect(Collectors.joining("\u001F"));
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal checked(String field, BigDecimal value) {
    if (value == null) return BigDecimal.ZERO;
    if (value.signum() < 0) throw new RowRejection("the " + field + " " + value.toPlainString() + " must not be negative");
    SaneDecimal.problem(value).ifPresent(problem -> {
      throw new RowRejection("the " + field + " " + problem);
    });
    return value;
  }

  private static void checkText(String field, Optional<String> problem) {
    problem.ifPresent(p -> {
      throw new RowRejection("the " + field + " " + p);
    });
  }
}
