package io.phasewise.adapters.providers.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.StatementActivity;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.TradeAnnotations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LedgerCsvWriterTest {
  private static final CurrencyCode USD = new CurrencyCode("USD");
  private static final CurrencyCode EUR = new CurrencyCode("EUR");
  private static final Instrument AAPL = new Instrument.Tracked(AssetId.of(7), USD);
  private static final Instrument HOUSE = new Instrument.External("Flat Rue Neuve", EUR);
  private static final Function<Instrument, String> SYMBOLS = i -> i instanceof Instrument.External e ? e.symbol() : "AAPL";

  private static LedgerEvent event(int n, LedgerEventType type, String date, LocalTime time, Instrument instrument, String quantity, String price,
      CurrencyCode currency, String gross, String fee, String tax, String fx, String sourceId, TradeAnnotations annotations) {
    return new LedgerEvent(LedgerEventId.of(new UUID(0, n)), type, LocalDate.parse(date), time, n, instrument, decimal(quantity), decimal(price),
        currency, decimal(gross), decimal(fee), decimal(tax), fx == null ? null : new BigDecimal(fx), sourceId, List.of(), null, List.of(),
        annotations, null);
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  @Test
  void an_exported_ledger_reads_back_as_the_same_activities() {
    TradeAnnotations noted = new TradeAnnotations(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null,
        null, null, null, "bought the dip,\nagain");
    List<LedgerEvent> events = List.of(
        event(1, LedgerEventType.DEPOSIT, "2024-01-02", null, null, null, null, EUR, "10000.00", "0", "0", null, "manual:1", null),
        event(2, LedgerEventType.BUY, "2024-01-03", LocalTime.of(15, 30, 5, 250_000_000), AAPL, "10", "185.64", USD, "1856.40", "1.00", "0",
            "1.0945", "ibkr:42", null),
        event(3, LedgerEventType.SELL, "2024-02-15", LocalTime.of(16, 5), AAPL, "0.000000000000000001", "182.310000", USD, "0.000000000000000182",
            "0.5", "0.25", "1.077200000000000001", "PHASEWISE_CSV:abc#2", noted),
        event(4, LedgerEventType.DIVIDEND, "2024-02-16", null, AAPL, "0", "0", USD, "3.60", "0", "0.54", null, " spaced id ", null),
        event(5, LedgerEventType.BUY, "2024-03-01", null, HOUSE, "1", "500000", EUR, "500000", "1200", "4000", null, "manual:\"5\"", null),
        event(6, LedgerEventType.TAX, "2024-03-31", null, null, null, null, EUR, "12.5", "0", "0", null, "manual:6", null));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LedgerCsvWriter().write(events, SYMBOLS, out);
    List<StatementRow> rows = new StatementFileReader().read(new ByteArrayInputStream(out.toByteArray()), StatementFormat.PHASEWISE_CSV, Map.of());

    assertThat(rows).hasSize(events.size()).allMatch(StatementRow.Read.class::isInstance);
    for (int i = 0; i < events.size(); i++) {
      LedgerEvent e = events.get(i);
      String symbol = e.instrument() == null ? null : SYMBOLS.apply(e.instrument());
      String note = e.annotations() == null ? null : "bought the dip, again";
      StatementActivity expected = new StatementActivity(e.type(), e.date(), e.time(), symbol, symbol, e.quantity(), e.unitPrice(), e.currency(),
          e.gross(), e.fee(), e.tax(), e.recordedFxRate(), e.sourceId(), note);
      assertThat(rows.get(i).line()).isEqualTo(i + 2L);
      // exact: the scales as written come back, not only the values
      assertThat(((StatementRow.Read) rows.get(i)).activity()).as("event %d", i + 1).isEqualTo(expected);
    }
  }

  @Test
  void the_export_is_a_phasewise_csv_with_a_header_and_quoted_cells() {
    TradeAnnotations quoted = new TradeAnnotations(null, null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null,
        null, null, null, "the agent said \"sign\", so I did");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new LedgerCsvWriter().write(List.of(
        event(5, LedgerEventType.BUY, "2024-03-01", null, HOUSE, "1", "500000", EUR, "500000", "1200", "4000", null, "manual:5", quoted)), SYMBOLS, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "type,date,time,symbol,quantity,unit_price,currency,gross,fee,tax,fx_rate,source_id,note\r\n"
            + "BUY,2024-03-01,00:00:00,Flat Rue Neuve,1,500000,EUR,500000,1200,4000,,manual:5,\"the agent said \"\"sign\"\", so I did\"\r\n");
  }
}
