package io.phasewise.application.market.service;

import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.CorporateActionInference;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Fills the split factor and dividend of candles from a feed that reports provider-adjusted closes
 * but no corporate actions (a Yahoo export), so adjusted reads can be rebuilt from the raw bars.
 * Reads the feed in its order; a candle that already carries an action, or comes out of time order,
 * is passed through unchanged.
 */
final class InferredActions {
  private static final MathContext DIVIDEND_DIGITS = new MathContext(8);

  private final CorporateActionInference inference = new CorporateActionInference();
  private Instant last;

  Candle fill(Candle c) {
    if (c.adjusted() == null || c.hasCorporateAction() || (last != null && !c.time().isAfter(last))
        || c.close().signum() <= 0 || c.adjusted().close().signum() <= 0) {
      return c;
    }
    last = c.time();
    Optional<CorporateAction> action = inference.next(c.time(), c.close().doubleValue(), c.adjusted().close().doubleValue());
    if (action.isEmpty()) return c;
    BigDecimal dividend = c.dividendCash();
    BigDecimal split = c.splitFactor();
    if (action.get() instanceof CorporateAction.Dividend d) dividend = BigDecimal.valueOf(d.cash()).round(DIVIDEND_DIGITS);
    if (action.get() instanceof CorporateAction.Split s) split = BigDecimal.valueOf(s.ratio());
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), c.adjusted(), dividend, split, c.source());
  }
}
