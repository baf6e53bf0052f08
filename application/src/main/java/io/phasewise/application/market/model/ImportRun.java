package io.phasewise.application.market.model;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Objects;

/** The record of one candle import kept for operators: what was imported, when, and its report. */
public record ImportRun(AssetId asset, Interval interval, ImportReport report, Instant startedAt, Instant finishedAt) {
  public ImportRun {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    if (finishedAt.isBefore(startedAt)) throw new IllegalArgumentException("import finished before it started");
  }
}
