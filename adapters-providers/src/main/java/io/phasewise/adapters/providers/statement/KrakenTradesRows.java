package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Rows of a Kraken trades export ({@code trades.csv}), times in UTC: {@code vol} of the pair's base
 * bought or sold for {@code cost} plus {@code fee} in its quote. Source id {@code kraken:<txid>}, the
 * same as the trade's {@code refid} in the ledger export. Margin trades are not imported.
 */
final class KrakenTradesRows {
  private final SourceIds ids = new SourceIds(StatementFormat.KRAKEN_TRADES);

  private KrakenTradesRows() {}

  static List<StatementRow> read(InputStream in) {
    return CsvTable.read(in, StatementFormat.KRAKEN_TRADES).require("txid", "pair", "time", "type", "price", "cost", "fee", "vol")
        .rows(new KrakenTradesRows()::row);
  }

  private StatementRow row(CsvRecord record) {
    BigDecimal margin = record.decimal("margin");
    if (margin != null && margin.signum() != 0) throw new RowRejection("margin '" + margin.toPlainString() + "': margin trades are not imported");
    String side = record.required("type").toLowerCase(Locale.ROOT);
    if (!side.equals("buy") && !side.equals("sell")) throw new RowRejection("type '" + CsvRecord.quote(side) + "' is neither buy nor sell");
    record.nonNegative("price");
    String pair = record.required("pair");
    String[] assets = CryptoSymbols.krakenPair(pair);
    return new CryptoTrade(side.equals("buy"), assets[0], assets[1], pair, record.requiredDecimal("vol"), record.requiredNonNegative("cost"),
            BigDecimal.ZERO, record.requiredNonNegative("fee"))
        .draft(StatementDates.exchangeTime("time", record.required("time"), ZoneOffset.UTC))
        .sourceId("kraken:" + record.required("txid"))
        .read(record.line(), ids);
  }
}
