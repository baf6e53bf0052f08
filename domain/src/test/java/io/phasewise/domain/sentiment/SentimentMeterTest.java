package io.phasewise.domain.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.market.AssetId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Sentiment Meter: hand-computed values, decay, lookback, tiers, no look-ahead, order, empty state. */
class SentimentMeterTest {

  private static final AssetId ASSET = AssetId.of(7);
  private static final AssetId OTHER = AssetId.of(8);
  private static final Instant T = Instant.parse("2024-05-08T00:00:00Z");
  private static final SentimentWeights DEFAULTS = SentimentWeights.defaults();

  private static final SentimentSourceId A = SentimentSourceId.of(1);
  private static final SentimentSourceId B = SentimentSourceId.of(2);
  private static final SentimentSourceId C = SentimentSourceId.of(3);
  private static final Map<SentimentSourceId, SentimentSource> SOURCES = Map.of(
      A, SentimentSource.of(A, "Finnhub", SentimentChannel.NEWS, ReliabilityTier.A),
      B, SentimentSource.of(B, "X", SentimentChannel.SOCIAL),
      C, SentimentSource.of(C, "Reddit", SentimentChannel.FORUM, ReliabilityTier.C));

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static SentimentObservation obs(SentimentSourceId source, Duration age, double score, double magnitude) {
    return SentimentObservation.of(ASSET, source, T.minus(age), score, magnitude);
  }

  private static SentimentMeter meter(List<SentimentObservation> observations) {
    return SentimentMeter.asOf(ASSET, T, observations, SOURCES, DEFAULTS);
  }

  @Test
  void mean_spread_and_shares_equal_a_hand_computation() {
    // weights: A fresh 1.0; B one day old, magnitude 1: 0.6 × 0.5 × 2 = 0.6; C two days, magnitude 5
    // (factor capped at 3): 0.3 × 0.25 × 3 = 0.225. Total 1.825; Σws = 0.5 − 0.3 + 0.225 = 0.425;
    // mean 0.425 / 1.825 = 17/73; deviations 19.5/73, −53.5/73, 56/73;
    // Σw·d² = (380.25 + 0.6 × 2862.25 + 0.225 × 3136) / 73² = 2803.2 / 5329.
    SentimentMeter meter = meter(List.of(
        obs(A, Duration.ZERO, 0.5, 0),
        obs(B, Duration.ofDays(1), -0.5, 1),
        obs(C, Duration.ofDays(2), 1.0, 5)));

    assertThat(meter.isEmpty()).isFalse();
    assertThat(meter.asset()).isEqualTo(ASSET);
    assertThat(meter.asOf()).isEqualTo(T);
    assertThat(meter.count()).isEqualTo(3);
    assertThat(meter.countByTier()).containsOnly(
        Map.entry(ReliabilityTier.A, 1), Map.entry(ReliabilityTier.B, 1), Map.entry(ReliabilityTier.C, 1));
    assertThat(meter.totalWeight()).isCloseTo(1.825, within(1e-12));
    assertThat(meter.score()).isCloseTo(17.0 / 73, within(1e-12));
    assertThat(meter.spread()).isCloseTo(Math.sqrt(2803.2 / 5329 / 1.825), within(1e-12));
    assertThat(meter.spread()).isCloseTo(0.536874464, within(1e-9));
    assertThat(meter.tierAShare()).isCloseTo(1 / 1.825, within(1e-12));
    assertThat(meter.newest()).contains(T);
    assertThat(meter.summary()).isEqualTo("sentiment +0.23 from 3 observations, 55% tier-A weight");
  }

  @Test
  void an_observation_one_half_life_old_weighs_half_in_the_meter() {
    SentimentMeter single = meter(List.of(obs(A, Duration.ofHours(24), -1, 0)));
    assertThat(single.totalWeight()).isEqualTo(0.5);

    SentimentMeter pair = meter(List.of(obs(A, Duration.ZERO, 1, 0), obs(A, Duration.ofHours(24), -1, 0)));
    assertThat(pair.totalWeight()).isEqualTo(1.5);
    assertThat(pair.score()).isCloseTo(0.5 / 1.5, within(1e-15));
    assertThat(pair.newest()).contains(T);
  }

  @Test
  void a_tier_a_observation_outweighs_a_tier_c_one_of_the_same_age() {
    Duration age = Duration.ofHours(5);
    SentimentMeter meter = meter(List.of(obs(A, age, 1, 0.4), obs(C, age, -1, 0.4)));
    assertThat(meter.score()).isPositive().isCloseTo((1 - 0.3) / 1.3, within(1e-12));
    assertThat(meter.tierAShare()).isCloseTo(1 / 1.3, within(1e-12));
    assertThat(meter.count(ReliabilityTier.A)).isEqualTo(1);
    assertThat(meter.count(ReliabilityTier.B)).isZero();
    assertThat(meter.count(ReliabilityTier.C)).isEqualTo(1);
  }

  @Test
  void the_lookback_edge_is_inclusive_and_one_nanosecond_older_is_ignored() {
    Duration lookback = DEFAULTS.lookback();
    SentimentObservation atEdge = obs(B, lookback, -0.8, 0);
    SentimentObservation beyond = obs(A, lookback.plusNanos(1), 1, 0);

    SentimentMeter meter = meter(List.of(atEdge, beyond));
    assertThat(meter.count()).isEqualTo(1);
    assertThat(meter.score()).isEqualTo(-0.8);
    assertThat(meter.totalWeight()).isEqualTo(0.6 / 128);
    assertThat(meter.newest()).contains(T.minus(lookback));

    assertThat(SentimentMeter.asOf(ASSET, T.plusNanos(1), List.of(atEdge), SOURCES, DEFAULTS).isEmpty()).isTrue();
  }

  @Test
  void an_observation_at_the_as_of_time_counts_and_one_a_nanosecond_later_does_not() {
    SentimentObservation now = obs(C, Duration.ZERO, 0.3, 0);
    SentimentObservation later = SentimentObservation.of(ASSET, A, T.plusNanos(1), -1, 9);
    SentimentMeter meter = meter(List.of(later, now));
    assertThat(meter.count()).isEqualTo(1);
    assertThat(meter.score()).isEqualTo(0.3);
    assertThat(meter).isEqualTo(meter(List.of(now)));
  }

  @Test
  void an_empty_meter_has_zeros_and_no_newest_observation() {
    SentimentMeter empty = meter(List.of(SentimentObservation.of(OTHER, A, T, 1, 0)));
    assertThat(empty).isEqualTo(SentimentMeter.empty(ASSET, T));
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.score()).isZero();
    assertThat(empty.spread()).isZero();
    assertThat(empty.totalWeight()).isZero();
    assertThat(empty.tierAShare()).isZero();
    assertThat(empty.count()).isZero();
    assertThat(empty.countByTier()).containsOnly(
        Map.entry(ReliabilityTier.A, 0), Map.entry(ReliabilityTier.B, 0), Map.entry(ReliabilityTier.C, 0));
    assertThat(empty.newest()).isEmpty();
    assertThat(empty.newestObservedAt()).isNull();
    assertThat(empty.summary()).isEqualTo("no sentiment observations");
    assertThat(meter(List.of())).isEqualTo(empty);
  }

  @Test
  void an_unknown_source_is_rejected_naming_it() {
    SentimentObservation stranger = obs(SentimentSourceId.of(99), Duration.ofHours(1), 0.1, 0);
    assertThatIllegalArgumentException().isThrownBy(() -> meter(List.of(obs(A, Duration.ZERO, 1, 0), stranger)))
        .withMessage("unknown sentiment source: 99");
  }

  @Test
  void a_source_map_that_files_a_source_under_another_id_is_rejected() {
    Map<SentimentSourceId, SentimentSource> wrong = Map.of(A, SOURCES.get(B));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SentimentMeter.asOf(ASSET, T, List.of(obs(A, Duration.ZERO, 1, 0)), wrong, DEFAULTS))
        .withMessage("sentiment source 1 is mapped to a source with id 2");
  }

  @Test
  void the_same_observation_twice_counts_once_and_two_different_ones_with_one_key_are_rejected() {
    SentimentObservation once = obs(B, Duration.ofHours(2), 0.4, 1);
    assertThat(meter(List.of(once, once))).isEqualTo(meter(List.of(once)));

    SentimentObservation clash = obs(B, Duration.ofHours(2), -0.4, 1);
    assertThatIllegalArgumentException().isThrownBy(() -> meter(List.of(once, clash)))
        .withMessageStartingWith("two different observations share the key " + once.key());
  }

  @Test
  void the_summary_uses_a_real_minus_sign_whole_percent_and_singular() {
    assertThat(meter(List.of(obs(C, Duration.ZERO, -0.6, 0))).summary())
        .isEqualTo("sentiment \u22120.60 from 1 observation, 0% tier-A weight");
    assertThat(meter(List.of(obs(A, Duration.ZERO, -0.004, 0))).summary())
        .isEqualTo("sentiment 0.00 from 1 observation, 100% tier-A weight");
  }

  @Test
  void inconsistent_meters_cannot_be_built() {
    Map<ReliabilityTier, Integer> one = Map.of(ReliabilityTier.A, 1, ReliabilityTier.B, 0, ReliabilityTier.C, 0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentMeter(ASSET, T, 1.5, 1, one, 1, 0, T, 1))
        .withMessage("score must be within [-1.0, 1.0]: 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentMeter(ASSET, T, 0.5, 2, one, 1, 0, T, 1))
        .withMessageStartingWith("countByTier must give every tier");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentMeter(ASSET, T, 0.5, 1, one, 0, 0, T, 1))
        .withMessageStartingWith("a meter counts observations exactly when");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentMeter(ASSET, T, 0.5, 1, one, 1, 0, T.plusSeconds(1), 1))
        .withMessageStartingWith("newestObservedAt must not be after asOf");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SentimentMeter(ASSET, T, 0.5, 1, one, 1, Double.NaN, T, 1))
        .withMessage("spread must be within [0.0, 1.0]: NaN");
  }

  // ---- properties over seeded random observation sets ----

  /** Random sources, observations of two assets over 20 days (unique keys) and an as-of time. */
  private record Scenario(Map<SentimentSourceId, SentimentSource> sources, List<SentimentObservation> observations,
      Instant t, Random random) {}

  private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = 20L * 86_400;

  private static Scenario scenario(long seed) {
    Random random = new Random(seed);
    Map<SentimentSourceId, SentimentSource> sources = new HashMap<>();
    int sourceCount = 1 + random.nextInt(6);
    for (int i = 1; i <= sourceCount; i++) {
      SentimentSourceId id = SentimentSourceId.of(i);
      sources.put(id, SentimentSource.of(id, "source " + i, SentimentChannel.values()[random.nextInt(3)],
          ReliabilityTier.values()[random.nextInt(3)]));
    }
    List<SentimentObservation> observations = new ArrayList<>();
    int n = random.nextInt(120);
    for (int i = 0; i < n; i++) observations.add(randomObservation(random, sourceCount, START, SPAN_SECONDS));
    Instant t = START.plusSeconds(random.nextInt((int) SPAN_SECONDS + 86_400)).plusNanos(random.nextInt(3));
    return new Scenario(sources, unique(observations), t, random);
  }

  private static SentimentObservation randomObservation(Random random, int sourceCount, Instant from, long spanSeconds) {
    AssetId asset = random.nextInt(5) == 0 ? OTHER : ASSET;
    SentimentSourceId source = SentimentSourceId.of(1 + random.nextInt(sourceCount));
    // coarse times make equal times (from different sources) common
    Instant at = from.plusSeconds(random.nextInt(10) == 0 ? 0 : 3600 * (long) random.nextInt((int) (spanSeconds / 3600)));
    double score = switch (random.nextInt(6)) {
      case 0 -> 1;
      case 1 -> -1;
      default -> 2 * random.nextDouble() - 1;
    };
    double magnitude = random.nextInt(4) == 0 ? 0 : 6 * random.nextDouble();
    return new SentimentObservation(asset, source, at, score, magnitude, Map.of("mentions", (double) random.nextInt(50)));
  }

  private static List<SentimentObservation> unique(List<SentimentObservation> observations) {
    Set<SentimentObservation.Key> keys = new HashSet<>();
    List<SentimentObservation> result = new ArrayList<>();
    for (SentimentObservation observation : observations) if (keys.add(observation.key())) result.add(observation);
    return result;
  }

  private static boolean countsAt(SentimentObservation o, Instant t) {
    return o.asset().equals(ASSET) && !o.observedAt().isAfter(t)
        && !o.observedAt().isBefore(t.minus(DEFAULTS.lookback()));
  }

  private static SentimentMeter meter(Scenario s, Instant t, List<SentimentObservation> observations) {
    return SentimentMeter.asOf(ASSET, t, observations, s.sources(), DEFAULTS);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void observations_after_t_never_change_the_meter(long seed) {
    Scenario s = scenario(seed);
    SentimentMeter full = meter(s, s.t(), s.observations());
    List<SentimentObservation> truncated =
        s.observations().stream().filter(o -> !o.observedAt().isAfter(s.t())).toList();
    assertThat(full).isEqualTo(meter(s, s.t(), truncated));

    // add future observations (any asset, any source, even clashing keys among themselves)
    List<SentimentObservation> withFuture = new ArrayList<>(s.observations());
    int extra = 1 + s.random().nextInt(40);
    for (int i = 0; i < extra; i++) {
      withFuture.add(randomObservation(s.random(), s.sources().size(), s.t().plusNanos(1), 10L * 86_400));
    }
    Collections.shuffle(withFuture, s.random());
    assertThat(meter(s, s.t(), withFuture)).isEqualTo(full);

    // every earlier meter is unchanged too
    for (int i = 0; i < 5; i++) {
      Instant earlier = s.t().minusSeconds(s.random().nextInt(10 * 86_400));
      assertThat(meter(s, earlier, withFuture)).isEqualTo(meter(s, earlier, s.observations()));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void shuffled_input_gives_the_identical_meter(long seed) {
    Scenario s = scenario(seed);
    SentimentMeter meter = meter(s, s.t(), s.observations());
    for (int i = 0; i < 3; i++) {
      List<SentimentObservation> shuffled = new ArrayList<>(s.observations());
      Collections.shuffle(shuffled, s.random());
      assertThat(meter(s, s.t(), shuffled)).isEqualTo(meter);
    }
    List<SentimentObservation> reversed = new ArrayList<>(s.observations());
    Collections.reverse(reversed);
    assertThat(meter(s, s.t(), reversed)).isEqualTo(meter);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void the_meter_stays_in_range_and_agrees_with_a_direct_computation(long seed) {
    Scenario s = scenario(seed);
    SentimentMeter meter = meter(s, s.t(), s.observations());
    List<SentimentObservation> counted = s.observations().stream().filter(o -> countsAt(o, s.t())).toList();

    assertThat(meter.score()).isBetween(-1.0, 1.0);
    assertThat(meter.spread()).isBetween(0.0, 1.0);
    assertThat(meter.tierAShare()).isBetween(0.0, 1.0);
    assertThat(meter.count()).isEqualTo(counted.size());
    assertThat(meter.isEmpty()).isEqualTo(counted.isEmpty());
    for (ReliabilityTier tier : ReliabilityTier.values()) {
      assertThat(meter.count(tier)).isEqualTo(
          (int) counted.stream().filter(o -> s.sources().get(o.source()).tier() == tier).count());
    }
    if (counted.isEmpty()) {
      assertThat(meter).isEqualTo(SentimentMeter.empty(ASSET, s.t()));
      return;
    }
    double total = 0;
    double weightedScores = 0;
    double tierA = 0;
    Instant newest = Instant.MIN;
    for (SentimentObservation o : counted) {
      ReliabilityTier tier = s.sources().get(o.source()).tier();
      double ageDays = (s.t().toEpochMilli() - o.observedAt().toEpochMilli()) / 86_400_000.0;
      double w = new double[] {1.0, 0.6, 0.3}[tier.ordinal()] * Math.pow(0.5, ageDays) * Math.min(1 + o.magnitude(), 3);
      total += w;
      weightedScores += w * o.score();
      if (tier == ReliabilityTier.A) tierA += w;
      if (o.observedAt().isAfter(newest)) newest = o.observedAt();
    }
    double mean = weightedScores / total;
    double squares = 0;
    for (SentimentObservation o : counted) {
      ReliabilityTier tier = s.sources().get(o.source()).tier();
      double ageDays = (s.t().toEpochMilli() - o.observedAt().toEpochMilli()) / 86_400_000.0;
      double w = new double[] {1.0, 0.6, 0.3}[tier.ordinal()] * Math.pow(0.5, ageDays) * Math.min(1 + o.magnitude(), 3);
      squares += w * (o.score() - mean) * (o.score() - mean);
    }
    assertThat(meter.totalWeight()).isCloseTo(total, within(1e-9 * total));
    assertThat(meter.score()).isCloseTo(mean, within(1e-9));
    assertThat(meter.spread()).isCloseTo(Math.sqrt(squares / total), within(1e-7));
    assertThat(meter.tierAShare()).isCloseTo(tierA / total, within(1e-9));
    assertThat(meter.newest()).contains(newest);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void extreme_scores_keep_the_meter_within_minus_one_and_one(long seed) {
    Random random = new Random(seed);
    double sign = random.nextBoolean() ? 1 : -1;
    List<SentimentObservation> observations = new ArrayList<>();
    int n = 1 + random.nextInt(200);
    for (int i = 0; i < n; i++) {
      SentimentSourceId source = List.of(A, B, C).get(random.nextInt(3));
      observations.add(SentimentObservation.of(ASSET, source, T.minusSeconds(i * 977L + random.nextInt(900)),
          sign, random.nextDouble() * 10));
    }
    SentimentMeter meter = meter(unique(observations).stream().filter(o -> countsAt(o, T)).toList());
    assertThat(meter.score()).isEqualTo(sign);
    assertThat(meter.spread()).isZero();
  }
}
