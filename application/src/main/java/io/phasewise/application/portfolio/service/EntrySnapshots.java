package io.phasewise.application.portfolio.service;

import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.sentiment.port.in.QuerySentimentUseCase;
import io.phasewise.application.snapshot.port.in.LatestSnapshotsQuery;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.Reason;
import io.phasewise.domain.portfolio.EntrySnapshot;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.snapshot.FeatureVector;
import io.phasewise.domain.snapshot.IndicatorSnapshot;
import io.phasewise.domain.snapshot.MarketSnapshot;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Phasewise knows about an asset at a moment, read through the phase, snapshot and sentiment use
 * cases on daily bars: the current phase with its reasons, the latest snapshot's values under their
 * stored names (values still warming up left out), and the sentiment meter's score (none when empty).
 */
public final class EntrySnapshots {
  private static final Interval DAILY = Interval.D1;

  private final QueryPhasesUseCase phases;
  private final QuerySnapshotsUseCase snapshots;
  private final QuerySentimentUseCase sentiment;

  public EntrySnapshots(QueryPhasesUseCase phases, QuerySnapshotsUseCase snapshots, QuerySentimentUseCase sentiment) {
    this.phases = phases;
    this.snapshots = snapshots;
    this.sentiment = sentiment;
  }

  /** The analysis of {@code asset} known at {@code at}. */
  public EntrySnapshot capture(AssetId asset, Instant at) {
    PhaseState phase = phases.current(asset, DAILY).getOrNull();
    Map<String, Double> features = snapshots.latest(new LatestSnapshotsQuery(List.of(asset), DAILY, at))
        .map(latest -> latest.snapshots().isEmpty() ? Map.<String, Double>of() : features(latest.snapshots().get(0)))
        .getOrElse(Map.of());
    SentimentMeter meter = sentiment.meter(asset, at).map(r -> r.meter()).getOrNull();
    return new EntrySnapshot(at,
        phase == null ? null : phase.phase().code(),
        phase == null ? null : phase.confidence(),
        phase == null ? List.of() : phase.rationale().reasons().stream().map(Reason::text).toList(),
        features,
        meter == null || meter.isEmpty() ? null : meter.score());
  }

  private static Map<String, Double> features(SnapshotSet set) {
    Map<String, Double> out = new LinkedHashMap<>();
    MarketSnapshot m = set.market();
    put(out, "price", m.price());
    put(out, "change_pct", m.changePct());
    put(out, "volume", m.volume());
    put(out, "vwap", m.vwap());
    put(out, "volatility_1d", m.volatility1d());
    IndicatorSnapshot i = set.indicators();
    put(out, "rsi_14", i.rsi14());
    put(out, "macd", i.macd());
    put(out, "macd_signal", i.macdSignal());
    put(out, "atr_14", i.atr14());
    put(out, "sma_20", i.sma20());
    put(out, "sma_50", i.sma50());
    FeatureVector f = set.features();
    put(out, "ret_1d", f.ret1d());
    put(out, "ret_5d", f.ret5d());
    put(out, "ret_20d", f.ret20d());
    put(out, "momentum_5d", f.momentum5d());
    put(out, "vol_20d", f.vol20d());
    put(out, "volume_zscore", f.volumeZScore());
    f.extras().forEach((name, value) -> put(out, name, value));
    return out;
  }

  private static void put(Map<String, Double> out, String name, double value) {
    if (Double.isFinite(value)) out.put(name, value);
  }
}
