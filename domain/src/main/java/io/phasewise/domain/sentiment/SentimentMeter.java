package io.phasewise.domain.sentiment;

import io.phasewise.domain.market.AssetId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Sentiment Meter: an asset's reliability-weighted, time-decayed sentiment as of a
 * time, computed by {@link #asOf}.
 *
 * <p>With weights {@code wᵢ} from {@link SentimentWeights} and scores {@code sᵢ} of the observations
 * that count, {@code score = Σwᵢsᵢ / Σwᵢ} (the weighted mean) and {@code spread = √(Σwᵢ(sᵢ − score)² / Σwᵢ)}
 * (the weighted population standard deviation of the scores). When nothing counts the meter
 * {@link #isEmpty() is empty}: score, spread, total weight, tier-A share and every count are 0 and
 * there is no newest observation, so callers never meet NaN.
 *
 * @param score weighted mean score, within [−1, 1]
 * @param count observations counted
 * @param countByTier observations counted per tier, every tier present
 * @param totalWeight {@code Σwᵢ}, 0 only when empty
 * @param spread weighted standard deviation of the scores, within [0, 1]
 * @param newestObservedAt time of the newest counted observation, or {@code null} when empty
 * @param tierAShare share of the total weight that came from tier-A sources, within [0, 1]
 */
public record SentimentMeter(
    AssetId asset,
    Instant asOf,
    double score,
    int count,
    Map<ReliabilityTier, Integer> countByTier,
    double totalWeight,
    double spread,
    Instant newestObservedAt,
    double tierAShare) {

  private static final Comparator<SentimentObservation> CANONICAL =
      Comparator.comparing(SentimentObservation::observedAt).thenComparingLong(o -> o.source().value());

  public SentimentMeter {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(countByTier, "countByTier");
    requireWithin("score", score, -1, 1);
    requireWithin("spread", spread, 0, 1);
    requireWithin("tierAShare", tierAShare, 0, 1);
    if (!(totalWeight >= 0) || Double.isInfinite(totalWeight)) {
      throw new IllegalArgumentException("totalWeight must be finite and not negative: " + totalWeight);
    }
    if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
    EnumMap<ReliabilityTier, Integer> tiers = new EnumMap<>(ReliabilityTier.class);
    tiers.putAll(countByTier);
    if (tiers.size() != ReliabilityTier.values().length
        || tiers.values().stream().anyMatch(n -> n < 0)
        || tiers.values().stream().mapToLong(Integer::longValue).sum() != count) {
      throw new IllegalArgumentException(
          "countByTier must give every tier a non-negative count summing to count " + count + ": " + countByTier);
    }
    countByTier = Map.copyOf(tiers);
    if (newestObservedAt != null && newestObservedAt.isAfter(asOf)) {
      throw new IllegalArgumentException("newestObservedAt must not be after asOf " + asOf + ": " + newestObservedAt);
    }
    boolean empty = count == 0;
    if (empty != (newestObservedAt == null) || empty != (totalWeight == 0)
        || empty && (score != 0 || spread != 0 || tierAShare != 0)) {
      throw new IllegalArgumentException("a meter counts observations exactly when it has weight and a newest"
          + " observation, and an empty meter has score, spread and tier-A share 0: count " + count
          + ", totalWeight " + totalWeight + ", newestObservedAt " + newestObservedAt);
    }
  }

  /** The meter of an asset with nothing to count. */
  public static SentimentMeter empty(AssetId asset, Instant asOf) {
    return new SentimentMeter(asset, asOf, 0, 0, zeroCounts(), 0, 0, null, 0);
  }

  /**
   * The meter of {@code asset} as of {@code t}. Counts exactly the observations of that asset observed
   * at or before {@code t} and at most {@link SentimentWeights#lookback()} before it (inclusive at both
   * ends); observations of other assets, later than {@code t} or older than the lookback are ignored
   * without being inspected further, so data after {@code t} can never change the result. Equal
   * observations given twice count once; the result does not depend on the order of the input (sums
   * run in the order of observation time, then source id).
   *
   * @param sources the sources of the counted observations, by id; may hold others
   * @throws IllegalArgumentException if a counted observation's source is not in {@code sources}, or
   *     two different counted observations share a {@link SentimentObservation#key() key}
   */
  public static SentimentMeter asOf(
      AssetId asset,
      Instant t,
      Collection<SentimentObservation> observations,
      Map<SentimentSourceId, SentimentSource> sources,
      SentimentWeights weights) {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(observations, "observations");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(weights, "weights");
    List<SentimentObservation> counted = counted(asset, t, observations, weights);
    if (counted.isEmpty()) return empty(asset, t);

    int n = counted.size();
    double[] w = new double[n];
    EnumMap<ReliabilityTier, Integer> countByTier = zeroCounts();
    double total = 0;
    double tierAWeight = 0;
    double weightedScores = 0;
    for (int i = 0; i < n; i++) {
      SentimentObservation observation = counted.get(i);
      ReliabilityTier tier = tierOf(observation.source(), sources);
      w[i] = weights.weight(tier, Duration.between(observation.observedAt(), t), observation.magnitude());
      countByTier.merge(tier, 1, Integer::sum);
      total += w[i];
      weightedScores += w[i] * observation.score();
      if (tier == ReliabilityTier.A) tierAWeight += w[i];
    }
    double mean = clamp(weightedScores / total, -1, 1);
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double deviation = counted.get(i).score() - mean;
      squares += w[i] * deviation * deviation;
    }
    double spread = clamp(Math.sqrt(squares / total), 0, 1);
    return new SentimentMeter(asset, t, mean, n, countByTier, total, spread,
        counted.get(n - 1).observedAt(), clamp(tierAWeight / total, 0, 1));
  }

  /** {@link #asOf} with {@link SentimentWeights#defaults()}. */
  public static SentimentMeter asOf(
      AssetId asset,
      Instant t,
      Collection<SentimentObservation> observations,
      Map<SentimentSourceId, SentimentSource> sources) {
    return asOf(asset, t, observations, sources, SentimentWeights.defaults());
  }

  /** Whether no observation counted (score, spread and weights are then 0). */
  public boolean isEmpty() {
    return count == 0;
  }

  /** Observations counted from sources of this tier. */
  public int count(ReliabilityTier tier) {
    return countByTier.get(Objects.requireNonNull(tier, "tier"));
  }

  /** Time of the newest counted observation; empty when the meter is. */
  public Optional<Instant> newest() {
    return Optional.ofNullable(newestObservedAt);
  }

  /**
   * One line for people, quoted in phase rationales, e.g. {@code sentiment −0.60 from 14 observations,
   * 71% tier-A weight} or {@code no sentiment observations}. The score has two decimals, a sign
   * ({@code +}, or the minus sign U+2212) unless it rounds to zero; the share is a whole percentage.
   */
  public String summary() {
    if (isEmpty()) return "no sentiment observations";
    String magnitude = String.format(Locale.ROOT, "%.2f", Math.abs(score));
    String sign = magnitude.equals("0.00") ? "" : score < 0 ? "\u2212" : "+";
    return "sentiment " + sign + magnitude + " from " + count + (count == 1 ? " observation, " : " observations, ")
        + Math.round(tierAShare * 100) + "% tier-A weight";
  }

  private static List<SentimentObservation> counted(
      AssetId asset, Instant t, Collection<SentimentObservation> observations, SentimentWeights weights) {
    Map<SentimentObservation.Key, SentimentObservation> byKey = new HashMap<>();
    for (SentimentObservation observation : observations) {
      Objects.requireNonNull(observation, "observation");
      if (!observation.asset().equals(asset)) continue;
      if (observation.observedAt().isAfter(t)) continue;
      if (!weights.counts(Duration.between(observation.observedAt(), t))) continue;
      SentimentObservation earlier = byKey.putIfAbsent(observation.key(), observation);
      if (earlier != null && !earlier.equals(observation)) {
        throw new IllegalArgumentException("two different observations share the key " + observation.key()
            + ": " + earlier + " and " + observation);
      }
    }
    List<SentimentObservation> counted = new ArrayList<>(byKey.values());
    counted.sort(CANONICAL);
    return counted;
  }

  private static ReliabilityTier tierOf(SentimentSourceId id, Map<SentimentSourceId, SentimentSource> sources) {
    SentimentSource source = sources.get(id);
    if (source == null) throw new IllegalArgumentException("unknown sentiment source: " + id);
    if (!source.id().equals(id)) {
      throw new IllegalArgumentException("sentiment source " + id + " is mapped to a source with id " + source.id());
    }
    return source.tier();
  }

  private static EnumMap<ReliabilityTier, Integer> zeroCounts() {
    EnumMap<ReliabilityTier, Integer> counts = new EnumMap<>(ReliabilityTier.class);
    for (ReliabilityTier tier : ReliabilityTier.values()) counts.put(tier, 0);
    return counts;
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static void requireWithin(String field, double value, double low, double high) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(field + " must be within [" + low + ", " + high + "]: " + value);
    }
  }
}
