package io.phasewise.adapters.providers.statement;

import static io.phasewise.adapters.providers.statement.StatementAssertions.HASHED;
import static io.phasewise.adapters.providers.statement.StatementAssertions.activity;
import static io.phasewise.adapters.providers.statement.StatementAssertions.assertRead;
import static io.phasewise.adapters.providers.statement.StatementAssertions.assertSkipped;
import static io.phasewise.adapters.providers.statement.StatementAssertions.assertUnreadable;
import static io.phasewise.adapters.providers.statement.StatementAssertions.sample;
import static io.phasewise.adapters.providers.statement.StatementAssertions.text;
import static io.phasewise.domain.portfolio.LedgerEventType.BUY;
import static io.phasewise.domain.portfolio.LedgerEventType.BUY_TO_COVER;
import static io.phasewise.domain.portfolio.LedgerEventType.DELIVERY_IN;
import static io.phasewise.domain.portfolio.LedgerEventType.DEPOSIT;
import static io.phasewise.domain.portfolio.LedgerEventType.DIVIDEND;
import static io.phasewise.domain.portfolio.LedgerEventType.FEE;
import static io.phasewise.domain.portfolio.LedgerEventType.INTEREST;
import static io.phasewise.domain.portfolio.LedgerEventType.SELL;
import static io.phasewise.domain.portfolio.LedgerEventType.SELL_SHORT;
import static io.phasewise.domain.portfolio.LedgerEventType.TAX;
import static io.phasewise.domain.portfolio.LedgerEventType.WITHDRAWAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each broker preset on a sample in the broker's own layout. Sources followed for the layouts:
 * IBKR, the Flex Query Trades columns of Ghostfolio's test file {@code test/import/ok/vti-buy-on-ibkr.csv}
 * (its first trade reused) and IBKR's Cash Transactions field names; Kraken, the ledger fields of its
 * API ({@code refid, time, type, subtype, aclass, asset, amount, fee, balance}) plus the export's
 * {@code txid} and {@code wallet}, and the trades export fields ({@code txid, ordertxid, pair, time,
 * type, ordertype, price, cost, fee, vol, margin, misc, ledgers}); KuCoin, the header of its filled
 * orders export as parsers of it spell it ({@code Order Time(UTC+02:00)}, {@code Filled Amount},
 * {@code Fee Currency}...) and the older {@code tradeCreatedAt,orderId,...} fills layout; Yahoo
 * Finance, Ghostfolio's {@code test/import/ok-yahoo-finance.csv}; Ghostfolio, its
 * {@code test/import/ok/sample.csv} and {@code sample.json}.
 */
class BrokerStatementReadingTest {
  private static final String FX_0_9127 = "1.095650268434315766";
  private static final String FX_0_9208 = "1.086012163336229366";
  private static final String FX_0_9301 = "1.075153209332329857";
  private static final String FX_0_9172 = "1.090274749236807676";

  @Test
  void ibkr_flex_trades_and_cash_transactions() {
    List<StatementRow> rows = sample("ibkr-flex-trades.csv", StatementFormat.IBKR_FLEX_TRADES);

    assertThat(rows).hasSize(16);
    assertRead(rows.get(0), 2, activity(BUY, "2023-04-03", "09:58:53", "VTI", "VTI", "17", "204.3473", "USD", "3473.9041", "1", "0", FX_0_9127,
        "ibkr:1234567890", "VANGUARD TOTAL STOCK MKT ETF"));
    assertRead(rows.get(1), 3, activity(BUY, "2023-04-03", "10:15:02", "AAPL", "AAPL", "10", "165.20", "USD", "1652.00", "1.0005", "0", FX_0_9127,
        "ibkr:1234567891", "APPLE INC"));
    assertSkipped(rows.get(2), 4, "ORDER summary");
    assertRead(rows.get(3), 5, activity(SELL, "2023-05-12", "15:30:11", "AAPL", "AAPL", "4", "172.85", "USD", "691.40", "1.0002", "0.01", FX_0_9208,
        "ibkr:1234567944", "APPLE INC"));
    assertRead(rows.get(4), 6, activity(SELL_SHORT, "2023-05-15", "14:30", "TSLA", "TSLA", "5", "166.35", "USD", "831.75", "1", "0", FX_0_9208,
        "ibkr:1234567950", "TESLA INC"));
    assertRead(rows.get(5), 7, activity(BUY_TO_COVER, "2023-06-01", "10:05:12", "TSLA", "TSLA", "5", "203.93", "USD", "1019.65", "1", "0", FX_0_9301,
        "ibkr:1234567990", "TESLA INC"));
    assertRead(rows.get(6), 8, activity(BUY, "2023-06-01", "11:00", "BRK-B", "BRK B", "2", "329.10", "USD", "658.20", "1", "0", FX_0_9301,
        "ibkr:1234567991", "BERKSHIRE HATHAWAY INC-CL B"));
    assertUnreadable(rows.get(7), 9, "AssetClass 'OPT' is not imported");
    assertUnreadable(rows.get(8), 10, "TradePrice 'three' is not a number");
    assertSkipped(rows.get(9), 11, "header of a Flex section");
    assertRead(rows.get(10), 12, activity(DEPOSIT, "2023-04-01", null, null, null, "0", "0", "EUR", "10000", "0", "0", "1", "ibkr:9001",
        "CASH RECEIPTS / ELECTRONIC FUND TRANSFERS"));
    assertRead(rows.get(11), 13, activity(DIVIDEND, "2023-05-18", null, "AAPL", "AAPL", "0", "0", "USD", "1.44", "0", "0", FX_0_9172, "ibkr:9002",
        "AAPL(US0378331005) CASH DIVIDEND USD 0.24 PER SHARE (Ordinary Dividend)"));
    assertRead(rows.get(12), 14, activity(TAX, "2023-05-18", null, null, null, "0", "0", "USD", "0.22", "0", "0", FX_0_9172, "ibkr:9003",
        "AAPL(US0378331005) CASH DIVIDEND USD 0.24 PER SHARE - US TAX"));
    assertRead(rows.get(13), 15, activity(FEE, "2023-06-03", null, null, null, "0", "0", "USD", "10", "0", "0", FX_0_9301, "ibkr:9004",
        "BALANCE OF MONTHLY MINIMUM FEE FOR MAY 2023"));
    assertRead(rows.get(14), 16, activity(INTEREST, "2023-06-05", null, null, null, "0", "0", "EUR", "1.23", "0", "0", "1", "ibkr:9005",
        "EUR CREDIT INT FOR MAY-2023"));
    assertUnreadable(rows.get(15), 17, "Type 'Price Adjustments' is not imported");
  }

  @Test
  void ibkr_refuses_a_file_without_the_trade_columns() {
    assertThatThrownBy(() -> text("\"CurrencyPrimary\",\"Symbol\",\"Quantity\"\n\"USD\",\"AAPL\",\"1\"\n", StatementFormat.IBKR_FLEX_TRADES))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("TradePrice");
    assertThatThrownBy(() -> text("Symbol,Quantity\nAAPL,1\n", StatementFormat.IBKR_FLEX_TRADES))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has none");
  }

  @Test
  void kraken_ledger_pairs_the_two_lines_of_each_trade() {
    List<StatementRow> rows = sample("kraken-ledgers.csv", StatementFormat.KRAKEN_LEDGER);

    assertThat(rows).hasSize(18);
    assertRead(rows.get(0), 2, activity(DEPOSIT, "2024-01-02", "09:00:12", null, null, "0", "0", "USD", "5000", "0", "0", null,
        "kraken:L4UESK-KG3EQ-UFO4T5", null));
    assertRead(rows.get(1), 3, activity(BUY, "2024-01-03", "14:25:31", "BTC-USD", "XXBT", "0.1", "30000", "USD", "3000", "7.8", "0", null,
        "kraken:TJKLXX-PKEWN-6Y3WHE", null));
    assertSkipped(rows.get(2), 4, "the other leg of trade TJKLXX-PKEWN-6Y3WHE, read at line 3");
    assertRead(rows.get(3), 5, activity(DELIVERY_IN, "2024-01-04", "08:10", "ETH-USD", "XETH", "2", "0", "USD", "0", "0", "0", null,
        "kraken:LMLGVH-7QTX5-2OVXWB", "coin deposit, no price in the ledger"));
    assertRead(rows.get(4), 6, activity(SELL, "2024-01-05", "11:42:07", "ETH-USD", "XETH", "1", "2200", "USD", "2200", "5.72", "0", null,
        "kraken:TQWWHO-KZ3DJ-EZSXYC", null));
    assertSkipped(rows.get(5), 7, "read at line 6");
    assertRead(rows.get(6), 8, activity(DEPOSIT, "2024-01-06", "16:00", null, null, "0", "0", "EUR", "500", "0", "0", null,
        "kraken:LQ3NTG-ANXK5-ICXJRD", null));
    assertRead(rows.get(7), 9, activity(BUY, "2024-01-06", "16:05:44", "BTC-EUR", "XXBT", "0.0025", "40000", "EUR", "100", "1.49", "0", null,
        "kraken:TRSPEV-JRL3X-3PDMBB", null));
    assertSkipped(rows.get(8), 10, "read at line 9");
    // the fee is charged in bitcoin: 0.0001 BTC at 50000 = 5 USD, and 0.0199 BTC arrive
    assertRead(rows.get(9), 11, activity(BUY, "2024-01-08", "10:00", "BTC-USD", "XXBT", "0.0199", "50000", "USD", "995", "5", "0", null,
        "kraken:TQ4XNC-VSAHH-H3ZRAH", null));
    assertSkipped(rows.get(10), 12, "read at line 11");
    assertRead(rows.get(11), 13, activity(DELIVERY_IN, "2024-01-10", "00:15:02", "DOT-USD", "DOT.S", "0.5", "0", "USD", "0", "0", "0", null,
        "kraken:LRCDAR-RSPFS-SOEDI7", "staking reward, no price in the ledger"));
    assertSkipped(rows.get(12), 14, "a move between Kraken's own wallets (transfer spottostaking)");
    assertSkipped(rows.get(13), 15, "pending");
    assertRead(rows.get(14), 16, activity(WITHDRAWAL, "2024-01-12", "12:05", null, null, "0", "0", "USD", "1000", "5", "0", null,
        "kraken:LM3T3B-GWJHG-BGQ4GY", null));
    assertUnreadable(rows.get(15), 17, "trade TPX6ZB-MJ2SO-6NFEQI has 1 ledger lines; a trade has two");
    assertUnreadable(rows.get(16), 18, "type 'margin' is not imported");
    assertUnreadable(rows.get(17), 19, "amount 'lots' is not a number");
  }

  @Test
  void kraken_trades_read_each_fill_and_share_the_ledger_source_ids() {
    List<StatementRow> rows = sample("kraken-trades.csv", StatementFormat.KRAKEN_TRADES);

    assertThat(rows).hasSize(7);
    assertRead(rows.get(0), 2, activity(BUY, "2024-01-03", "14:25:31.4316", "BTC-USD", "XXBTZUSD", "0.1", "30000", "USD", "3000", "7.8", "0", null,
        "kraken:TJKLXX-PKEWN-6Y3WHE", null));
    assertRead(rows.get(1), 3, activity(SELL, "2024-01-05", "11:42:07.122", "ETH-USD", "XETHZUSD", "1", "2200", "USD", "2200", "5.72", "0", null,
        "kraken:TQWWHO-KZ3DJ-EZSXYC", null));
    assertRead(rows.get(2), 4, activity(BUY, "2024-01-07", "10:00", "DOT-USD", "DOTUSD", "20", "7.5", "USD", "150", "0.39", "0", null,
        "kraken:TCWJEG-FL4SZ-3FKGH6", null));
    assertRead(rows.get(3), 5, activity(BUY, "2024-01-09", "18:45:00.5", "BTC-USD", "XBTUSDT", "0.02", "42000", "USDT", "840", "2.184", "0", null,
        "kraken:TDWVJR-IZ5NN-UCBFJB", null));
    assertUnreadable(rows.get(4), 6, "margin '78.00000': margin trades are not imported");
    assertRead(rows.get(5), 7, activity(BUY, "2024-01-11", "09:00", "ETH-BTC", "XETHXXBT", "1", "0.055", "BTC", "0.055", "0.000143", "0", null,
        "kraken:TKH2SE-M7IF5-CFI7LT", null));
    assertUnreadable(rows.get(6), 8, "cost '-420.0' must not be negative");
  }

  @Test
  void kucoin_filled_orders_in_utc_with_fees_in_quote_base_or_kcs() {
    List<StatementRow> rows = sample("kucoin-trades.csv", StatementFormat.KUCOIN_TRADES);

    assertThat(rows).hasSize(6);
    assertRead(rows.get(0), 2, activity(BUY, "2024-01-12", "08:00:05", "BTC-USD", "BTC-USDT", "0.1", "42000", "USDT", "4200", "4.2", "0", null,
        "kucoin:65a12f3c9d1e2b0007a1b2c3", null));
    assertRead(rows.get(1), 3, activity(SELL, "2024-01-12", "23:30:01", "ETH-BTC", "ETH-BTC", "0.5", "0.055", "BTC", "0.0275", "0.0000275", "0", null,
        "kucoin:65a2409d8e7f1a0007c3d4e5", null));
    // 0.01 SOL of fee valued at 95 USDT: 9.99 SOL arrive for 949.05 + 0.95
    assertRead(rows.get(2), 4, activity(BUY, "2024-01-14", "10:00:10", "SOL-USD", "SOL-USDT", "9.99", "95", "USDT", "949.05", "0.95", "0", null,
        "kucoin:65a3514e7c6d5b0007e5f6a7", null));
    assertRead(rows.get(3), 5, activity(SELL, "2024-01-15", "10:00:02", "BTC-USD", "BTC-USDT", "0.05", "43000", "USDT", "2150", "0", "0", null,
        "kucoin:65a4625f6b5c4c0007a7b8c9", "fee 0.02 KCS not included"));
    assertSkipped(rows.get(4), 6, "nothing was filled");
    assertUnreadable(rows.get(5), 7, "Side 'hold' is neither buy nor sell");
  }

  @Test
  void kucoin_older_fills_layout_numbers_the_fills_of_one_order() {
    List<StatementRow> rows = text("""
        tradeCreatedAt,orderId,symbol,side,price,size,funds,fee,liquidity,feeCurrency,orderType,
        2021-11-17 10:21:26,6194d8a6b2c1f30001e0a1b2,AVAX-USDT,buy,95.317,1,95.317,0.095317,taker,USDT,limit,
        2021-11-17 10:21:26,6194d8a6b2c1f30001e0a1b2,AVAX-USDT,buy,95.317,1,95.317,0.095317,taker,USDT,limit,
        """, StatementFormat.KUCOIN_TRADES);

    assertRead(rows.get(0), 2, activity(BUY, "2021-11-17", "10:21:26", "AVAX-USD", "AVAX-USDT", "1", "95.317", "USDT", "95.317", "0.095317", "0",
        null, "kucoin:6194d8a6b2c1f30001e0a1b2", null));
    assertRead(rows.get(1), 3, activity(BUY, "2021-11-17", "10:21:26", "AVAX-USD", "AVAX-USDT", "1", "95.317", "USDT", "95.317", "0.095317", "0",
        null, "kucoin:6194d8a6b2c1f30001e0a1b2#2", null));
  }

  @Test
  void yahoo_portfolio_lots_are_buys_and_watched_symbols_are_skipped() {
    List<StatementRow> rows = sample("yahoo-quotes.csv", StatementFormat.YAHOO_PORTFOLIO);

    assertThat(rows).hasSize(6);
    assertRead(rows.get(0), 2, activity(BUY, "2023-10-02", null, "VT", "VT", "1100.0", "89.0", "USD", "97900", "0", "0", null, HASHED, null));
    assertRead(rows.get(1), 3, activity(BUY, "2023-10-11", null, "CHDVD.SW", "CHDVD.SW", "232.0", "100.0", "CHF", "23200", "0", "0", null, HASHED, null));
    assertSkipped(rows.get(2), 4, "a watched symbol");
    assertRead(rows.get(3), 5, activity(BUY, "2023-09-15", null, "BTC-EUR", "BTC-EUR", "0.25", "24500.0", "EUR", "6125", "2.5", "0", null, HASHED,
        "DCA, first buy"));
    assertUnreadable(rows.get(4), 6, "Symbol 'VOD.L': its currency is not known from its suffix");
    assertUnreadable(rows.get(5), 7, "Purchase Price 'abc' is not a number");
  }

  @Test
  void ghostfolio_csv_activities() {
    List<StatementRow> rows = sample("ghostfolio.csv", StatementFormat.GHOSTFOLIO_CSV);

    assertThat(rows).hasSize(7);
    assertRead(rows.get(0), 2, activity(FEE, "2021-09-01", null, null, null, "0", "0", "USD", "49", "0", "0", null, HASHED, "Account Opening Fee"));
    assertRead(rows.get(1), 3, activity(BUY, "2021-09-16", null, "MSFT", "MSFT", "5", "298.580", "USD", "1492.9", "19", "0", null, HASHED,
        "My first order 🤓"));
    assertRead(rows.get(2), 4, activity(DIVIDEND, "2021-11-17", null, "MSFT", "MSFT", "5", "0.62", "USD", "3.10", "0", "0", null, HASHED, null));
    assertRead(rows.get(3), 5, activity(BUY, "2022-03-01", null, "BTC-USD", "BTCUSD", "0.05", "44000.5", "USD", "2200.025", "1.25", "0", null, HASHED,
        null));
    assertRead(rows.get(4), 6, activity(SELL, "2022-04-01", null, "MSFT", "MSFT", "2", "310.2", "USD", "620.4", "5", "0", null, HASHED, null));
    assertUnreadable(rows.get(5), 7, "LIABILITY (a debt) has no Phasewise event type");
    assertUnreadable(rows.get(6), 8, "Date '2022-13-01' is not a date");
  }

  @Test
  void ghostfolio_json_activities_numbered_by_the_line_their_object_starts_on() {
    List<StatementRow> rows = sample("ghostfolio.json", StatementFormat.GHOSTFOLIO_JSON);

    assertThat(rows).hasSize(8);
    assertRead(rows.get(0), 15, activity(FEE, "2021-09-01", null, null, null, "0", "0", "USD", "49", "0", "0", null, HASHED,
        "14a69cb9-1e31-43fa-b320-83703d8ed74b"));
    assertRead(rows.get(1), 28, activity(BUY, "2021-09-16", null, "MSFT", "MSFT", "5", "298.58", "USD", "1492.9", "19", "0", null, HASHED,
        "My first order 🤓"));
    assertRead(rows.get(2), 41, activity(DIVIDEND, "2021-11-17", null, "MSFT", "MSFT", "5", "0.62", "USD", "3.1", "0", "0", null, HASHED, null));
    assertRead(rows.get(3), 54, activity(BUY, "2022-01-01", null, "7e91b7d4-1430-4212-8380-289a06c9bbc1", "7e91b7d4-1430-4212-8380-289a06c9bbc1",
        "1", "500000", "USD", "500000", "0", "0", null, HASHED, null));
    assertRead(rows.get(4), 67, activity(INTEREST, "2022-02-01", null, null, null, "0", "0", "USD", "12.34", "0", "0", null, HASHED,
        "interest on cash"));
    assertUnreadable(rows.get(5), 80, "BUY needs a positive quantity, not 0");
    assertUnreadable(rows.get(6), 93, "type 'STAKE' is not one of BUY, SELL");
    assertUnreadable(rows.get(7), 102, "quantity '1E+300' must be less than 1E18 in magnitude");
  }

  @Test
  void a_file_that_is_not_a_ghostfolio_export_is_refused() {
    assertThatThrownBy(() -> text("{\"activities\": [ {\"type\": \"BUY\" ", StatementFormat.GHOSTFOLIO_JSON))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid JSON at line 1");
    assertThatThrownBy(() -> text("{\"meta\": {}}", StatementFormat.GHOSTFOLIO_JSON))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no \"activities\" array");
    assertThatThrownBy(() -> text("[]", StatementFormat.GHOSTFOLIO_JSON))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a JSON object");
  }
}
