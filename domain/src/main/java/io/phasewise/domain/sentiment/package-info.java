/**
 * The sentiment context: what sources say about an asset, and the Sentiment Meter that sums it up.
 *
 * <ul>
 *   <li><b>Sentiment source</b>: a provider such as Finnhub, Reddit or X, identified by a
 *       {@link io.phasewise.domain.sentiment.SentimentSourceId}, publishing on a
 *       {@link io.phasewise.domain.sentiment.SentimentChannel channel} (news, social, forum) and trusted
 *       according to its {@link io.phasewise.domain.sentiment.ReliabilityTier reliability tier} (A most,
 *       C least; B when not set).
 *   <li><b>Sentiment observation</b>: one reading of an asset by a source at a time: a score from −1
 *       to 1, a non-negative magnitude (intensity) and free numeric features; unique by asset, source
 *       and time.
 *   <li><b>Weights</b>: how much one observation counts, from its tier, its age (exponential decay with
 *       a half-life) and its magnitude (capped); observations older than the lookback do not count.
 *   <li><b>Sentiment Meter</b>: an asset's weighted mean score as of a time, with the spread of the
 *       scores, how many observations of each tier counted, their total weight, the share of weight
 *       from tier A and the newest observation; computed only from observations made at or before
 *       that time, and explicitly empty when none counts.
 * </ul>
 */
package io.phasewise.domain.sentiment;
