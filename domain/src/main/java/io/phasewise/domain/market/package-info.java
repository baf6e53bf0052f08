/**
 * The market context: what is traded and how its price moved.
 *
 * <ul>
 *   <li><b>Asset</b>: a registered instrument (stock, ETF, crypto, stablecoin, forex pair, index or
 *       macro series) identified by an {@link io.phasewise.domain.market.AssetId}; its descriptive
 *       fields are an {@link io.phasewise.domain.market.AssetProfile}.
 *   <li><b>Interval</b>: bar length (1m … 1w), bars open on UTC boundaries.
 *   <li><b>Candle</b>: one stored OHLCV bar with exact decimal prices, provider-adjusted prices,
 *       dividend cash and split factor, and its source.
 *   <li><b>Tick</b>: one trade and/or quote.
 *   <li><b>CandleSeries</b>: bars in columnar primitive arrays; the input of every analytic kernel.
 *   <li><b>Corporate action</b>: a split or cash dividend; back-adjustment rescales history before it.
 *   <li><b>Resampling</b>: building coarser bars from finer ones (or one-minute bars from trades),
 *       bucketed by UTC boundary; the last bucket may be partial.
 *   <li><b>Back-adjustment</b>: scaling every bar before an ex-date by the action's factor (the
 *       CRSP/Yahoo convention), so returns are continuous across splits and dividends.
 *   <li><b>Inferred action</b>: a split or dividend recovered from a provider's close and adjusted
 *       close when the provider does not publish its actions.
 * </ul>
 */
package io.phasewise.domain.market;
