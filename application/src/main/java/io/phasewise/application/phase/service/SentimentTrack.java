package io.phasewise.application.phase.service;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.SentimentInput;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The sentiment a classifier reads at each bar of a frame: the meter as of the bar's end time over
 * the observations made at or before it and within the weights' lookback. The observations are
 * sorted once and walked with a moving window, so each bar costs the observations in its window,
 * not all of them.
 */
final class SentimentTrack {
  private final SnapshotFrame frame;
  private final SentimentInput[] inputs;

  private SentimentTrack(SnapshotFrame frame, SentimentInput[] inputs) {
    this.frame = frame;
    this.inputs = inputs;
  }

  /** No sentiment at any bar. */
  static SentimentTrack none(SnapshotFrame frame) {
    SentimentInput[] inputs = new SentimentInput[frame.size()];
    Arrays.fill(inputs, SentimentInput.NONE);
    return new SentimentTrack(frame, inputs);
  }

  /** The meter of every bar of {@code frame} over {@code observations} (any order; other assets' are ignored). */
  static SentimentTrack of(SnapshotFrame frame, List<SentimentObservation> observations,
      Map<SentimentSourceId, SentimentSource> sources, SentimentWeights weights) {
    AssetId asset = frame.asset();
    List<SentimentObservation> sorted = new ArrayList<>(observations.size());
    for (SentimentObservation o : observations) if (o.asset().equals(asset)) sorted.add(o);
    sorted.sort(Comparator.comparing(SentimentObservation::observedAt));
    SentimentInput[] inputs = new SentimentInput[frame.size()];
    int first = 0;
    int end = 0;
    for (int i = 0; i < inputs.length; i++) {
      Instant t = frame.endTime(i);
      Instant oldest = t.minus(weights.lookback());
      while (end < sorted.size() && !sorted.get(end).observedAt().isAfter(t)) end++;
      while (first < end && sorted.get(first).observedAt().isBefore(oldest)) first++;
      inputs[i] = first == end ? SentimentInput.NONE
          : SentimentInput.of(SentimentMeter.asOf(asset, t, sorted.subList(first, end), sources, weights));
    }
    return new SentimentTrack(frame, inputs);
  }

  /** The sentiment known at the end time {@code asOf} of one of the frame's bars. */
  SentimentInput at(Instant asOf) {
    long open = asOf.toEpochMilli() - frame.interval().millis();
    int i = frame.firstIndexAtOrAfter(open);
    if (i == frame.size() || frame.openTimeMillis(i) != open) {
      throw new IllegalArgumentException(asOf + " is not the end time of a bar of " + frame.asset());
    }
    return inputs[i];
  }
}
