package io.phasewise.adapters.providers.statement;

import static io.phasewise.adapters.providers.statement.StatementAssertions.activity;
import static io.phasewise.adapters.providers.statement.StatementAssertions.assertRead;
import static io.phasewise.adapters.providers.statement.StatementAssertions.text;
import static io.phasewise.domain.portfolio.LedgerEventType.BUY;
import static io.phasewise.domain.portfolio.LedgerEventType.DELIVERY_IN;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kraken's asset codes, legacy and wallet-suffixed, as the tickers the candle store knows. */
class KrakenAssetCodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"XXBT, BTC", "XBT.M, BTC", "ZUSD, USD", "DOT.S, DOT", "ETH2.S, ETH", "DOT28.S, DOT", "KSM07.S, KSM", "ATOM21.S, ATOM",
      "SOL03.S, SOL", "FLOW14.S, FLOW", "USDC.M, USDC", "API3, API3", "C98, C98", "1INCH, 1INCH"})
  void a_code_is_the_ticker_without_legacy_prefixes_wallet_suffixes_or_unbonding_days(String code, String ticker) {
    assertThat(CryptoSymbols.krakenAsset(code)).isEqualTo(ticker);
  }

  @Test
  void the_current_ledger_layout_with_subclass_tradespot_and_a_bonded_staking_reward() {
    List<StatementRow> rows = text("""
        "txid","refid","time","type","subtype","aclass","subclass","asset","wallet","amount","fee","balance"
        "LTR01A-AAAAA-BBBBBB","TRD01A-CCCCC-DDDDDD","2025-03-03 08:20:02","trade","tradespot","currency","fiat","EUR","spot / main",-450.0000,1.0000,549.0000
        "LTR01B-AAAAA-BBBBBB","TRD01A-CCCCC-DDDDDD","2025-03-03 08:20:02","trade","tradespot","currency","crypto","BTC","spot / main",0.0045000000,0,0.0045000000
        "LRW01A-AAAAA-BBBBBB","RRW01A-CCCCC-DDDDDD","2025-03-07 01:00:00","earn","reward","currency","crypto","DOT28.S","earn / bonded",0.0123000000,0,1.0123000000
        """, StatementFormat.KRAKEN_LEDGER);

    assertRead(rows.get(0), 2, activity(BUY, "2025-03-03", "08:20:02", "BTC-EUR", "BTC", "0.0045", "100000", "EUR",
        "450", "1", "0", null, "kraken:TRD01A-CCCCC-DDDDDD", null));
    assertRead(rows.get(2), 4, activity(DELIVERY_IN, "2025-03-07", "01:00", "DOT-USD", "DOT28.S", "0.0123", "0", "USD", "0", "0", "0", null,
        "kraken:LRW01A-AAAAA-BBBBBB", "staking reward, no price in the ledger"));
  }
}
