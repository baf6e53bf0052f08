package io.phasewise.application.phase.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.phase.SentimentInput;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The moving window gives every bar the meter computed over all observations, in any order. */
class SentimentTrackTest {
  private static final AssetId ASSET = AssetId.of(5);
  private static final SentimentSourceId A = SentimentSourceId.of(1);
  private static final SentimentSourceId C = SentimentSourceId.of(2);
  private static final Map<SentimentSourceId, SentimentSource> SOURCES = Map.of(
      A, SentimentSource.of(A, "wire", SentimentChannel.NEWS, ReliabilityTier.A),
      C, SentimentSource.of(C, "forum", SentimentChannel.FORUM, ReliabilityTier.C));

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void each_bar_reads_the_meter_of_what_was_observed_by_its_end_within_the_lookback(long seed) {
    Random random = new Random(seed);
    Interval interval = random.nextBoolean() ? Interval.D1 : Interval.H4;
    SnapshotFrame frame = frame(interval, 120 + random.nextInt(80), random);
    Instant first = frame.barTime(0);
    Instant last = frame.barTime(frame.size() - 1).plus(interval.length());
    long spanSeconds = Duration.between(first.minus(Duration.ofDays(9)), last.plus(Duration.ofDays(2))).getSeconds();
    List<SentimentObservation> observations = new ArrayList<>();
    int n = random.nextInt(400);
    for (int i = 0; i < n; i++) {
      Instant at = first.minus(Duration.ofDays(9)).plusSeconds((long) (random.nextDouble() * spanSeconds));
      // some observations exactly at a bar's end or exactly one lookback before it: both ends count
      if (i % 17 == 0) at = frame.barTime(random.nextInt(frame.size())).plus(interval.length());
      if (i % 23 == 0) at = frame.barTime(random.nextInt(frame.size())).plus(interval.length()).minus(Duration.ofDays(7));
      observations.add(SentimentObservation.of(ASSET, random.nextBoolean() ? A : C, at, 2 * random.nextDouble() - 1,
          random.nextDouble() * 3));
    }
    observations.add(SentimentObservation.of(AssetId.of(6), A, first.plusSeconds(60), 1, 0));
    List<SentimentObservation> deduplicated = observations.stream().distinct()
        .collect(java.util.stream.Collectors.toMap(SentimentObservation::key, o -> o, (x, y) -> x)).values().stream().toList();
    List<SentimentObservation> shuffled = new ArrayList<>(deduplicated);
    Collections.shuffle(shuffled, random);
    SentimentWeights weights = SentimentWeights.defaults();

    SentimentTrack track = SentimentTrack.of(frame, shuffled, SOURCES, weights);

    for (int i = 0; i < frame.size(); i++) {
      Instant end = frame.barTime(i).plus(interval.length());
      SentimentInput expected = SentimentInput.of(SentimentMeter.asOf(ASSET, end, deduplicated, SOURCES, weights));
      assertThat(track.at(end)).as("bar %d of seed %d", i, seed).isEqualTo(expected);
    }
  }

  private static SnapshotFrame frame(Interval interval, int bars, Random random) {
    CandleSeries.Builder series = CandleSeries.builder(interval);
    Instant start = Instant.parse("2021-03-01T00:00:00Z");
    for (int i = 0; i < bars; i++) {
      double price = 100 + random.nextGaussian();
      series.add(start.plus(interval.length().multipliedBy(i)).toEpochMilli(), price, price + 1, price - 1, price, 1_000);
    }
    return SnapshotEngine.standard().compute(ASSET, series.build(), TradingCalendar.CRYPTO);
  }
}
