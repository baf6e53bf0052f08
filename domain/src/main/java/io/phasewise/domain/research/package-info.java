/**
 * Research on phases: how much a {@link io.phasewise.domain.phase.PhaseClassifier} tells a holder, measured
 * out of sample on daily series with statistics that respect overlapping windows (docs/ANALYTICS.md,
 * "Evaluating phases").
 *
 * <ul>
 *   <li><b>Candidate</b>: a named classifier under evaluation ({@link io.phasewise.domain.research.NamedClassifier});
 *       the shipped Tit-for-Tat classifier and the naive {@link io.phasewise.domain.research.TrendFilterClassifier}.
 *   <li><b>Forward outcome</b>: what followed a bar over the next H bars: return, maximum drawdown, volatility
 *       ({@link io.phasewise.domain.research.ForwardOutcomes}).
 *   <li><b>Difference</b>: mean forward outcome in DEFECT minus mean in COOP, with a moving-block bootstrap
 *       confidence interval ({@link io.phasewise.domain.research.BlockBootstrap}); significant when it excludes 0.
 *   <li><b>Trading rule</b>: hold in COOP and FORGIVE, cash in DEFECT, acting at the next bar's open
 *       ({@link io.phasewise.domain.research.TradingRule}).
 *   <li><b>Reaction lag</b>: bars and fall from a peak to the first DEFECT in each drawdown deeper than 15%
 *       ({@link io.phasewise.domain.research.ReactionLag}).
 *   <li><b>Null calibration</b>: the same statistics on seeded random walks, where nothing should be found
 *       ({@link io.phasewise.domain.research.NullCalibration}).
 * </ul>
 */
package io.phasewise.domain.research;
