package io.phasewise.application.portfolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.PortfolioRejection;
import io.phasewise.domain.shared.Failure;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wording of a portfolio's refusals: instruments named as a user knows them, quantities as entered. */
class PortfolioRejectionsTest {
  private static final LedgerEventId EVENT = LedgerEventId.of(UUID.fromString("00000000-0000-0000-0000-000000000007"));
  private static final Instrument STOCK = new Instrument.Tracked(new AssetId(11), CurrencyCode.of("USD"));
  private static final Instrument FUND = new Instrument.External("PRIVFUND", CurrencyCode.of("EUR"));

  private static String message(PortfolioRejection rejection) {
    return PortfolioRejections.failure(rejection).message();
  }

  @Test
  void an_oversale_names_the_tracked_asset_by_id_and_the_quantities_without_the_lot_books_scale() {
    String message = message(new PortfolioRejection.Oversold(EVENT, STOCK, new BigDecimal("20.000000000000000000"), new BigDecimal("25.50")));

    assertThat(message).isEqualTo("event " + EVENT + " takes 25.5 of asset:11 but the position holds 20 then");
  }

  @Test
  void an_overcover_names_the_external_instrument_by_its_symbol() {
    String message = message(new PortfolioRejection.Overcovered(EVENT, FUND, new BigDecimal("3.000"), new BigDecimal("4E+1")));

    assertThat(message).isEqualTo("event " + EVENT + " covers 40 of PRIVFUND but the short position owes 3 then");
  }

  @Test
  void an_opposite_position_names_the_instrument_and_what_is_open() {
    String message = message(new PortfolioRejection.OppositePositionOpen(EVENT, STOCK, new BigDecimal("0.250000000000000000")));

    assertThat(message).isEqualTo("event " + EVENT + " opens the other side of asset:11 while 0.25 are open: close that side first")
        .doesNotContain("Tracked[", "AssetId[");
    assertThat(PortfolioRejections.failure(new PortfolioRejection.OppositePositionOpen(EVENT, STOCK, BigDecimal.ONE)))
        .isInstanceOf(Failure.Conflict.class);
  }
}
