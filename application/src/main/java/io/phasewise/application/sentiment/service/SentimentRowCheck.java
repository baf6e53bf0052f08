package io.phasewise.application.sentiment.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns rows of one batch into observations: resolves the asset and source each row names (looking
 * each name up once per batch) and checks every value, collecting one rejection per bad field.
 */
final class SentimentRowCheck {
  private final LoadAssetsPort assets;
  private final Map<SentimentSourceId, SentimentSource> sources;
  private final Map<Reference, Either<String, AssetId>> assetsByReference = new HashMap<>();

  SentimentRowCheck(LoadAssetsPort assets, Map<SentimentSourceId, SentimentSource> sources) {
    this.assets = assets;
    this.sources = sources;
  }

  /** The row's observation, or every problem it has. */
  Either<List<SentimentRejection>, SentimentObservation> observation(SentimentRow row) {
    Problems problems = new Problems(row.row());
    AssetId asset = row.asset() == null ? problems.missing("asset") : problems.orNull("asset", asset(row.asset()));
    SentimentSourceId source = row.source() == null ? problems.missing("source") : problems.orNull("source", source(row.source()));
    Instant observedAt = row.observedAt() == null ? problems.missing("observed_at") : observedAt(row.observedAt(), problems);
    double score = score(row.score(), problems);
    double magnitude = magnitude(row.magnitude(), problems);
    Map<String, Double> features = features(row.features(), problems);
    if (!problems.found.isEmpty()) return Either.left(problems.found);
    return Either.right(new SentimentObservation(asset, source, observedAt, score, magnitude, features));
  }

  private Either<String, AssetId> asset(Reference reference) {
    return assetsByReference.computeIfAbsent(reference, this::resolveAsset);
  }

  private Either<String, AssetId> resolveAsset(Reference reference) {
    if (reference.isId()) {
      AssetId id = AssetId.of(reference.id());
      return assets.findById(id).isPresent() ? Either.right(id) : Either.left("no asset has id " + id);
    }
    String symbol = reference.name().toUpperCase(Locale.ROOT);
    List<Asset> found = assets.findBySymbol(symbol);
    if (found.isEmpty()) return Either.left("no asset has the symbol '" + symbol + "'");
    if (found.size() > 1) {
      return Either.left("the symbol '" + symbol + "' names " + found.size() + " assets ("
          + found.stream().map(a -> a.type().code() + " id " + a.id()).collect(Collectors.joining(", "))
          + "): name the asset by its id");
    }
    return Either.right(found.get(0).id());
  }

  private Either<String, SentimentSourceId> source(Reference reference) {
    if (reference.isId()) {
      SentimentSourceId id = SentimentSourceId.of(reference.id());
      return sources.containsKey(id) ? Either.right(id) : Either.left("no sentiment source has id " + id);
    }
    return byName(sources.values(), reference.name())
        .<Either<String, SentimentSourceId>>map(s -> Either.right(s.id()))
        .orElseGet(() -> Either.left("no sentiment source is named '" + reference.name() + "': register it first"));
  }

  /** The source with exactly this name, else the only one with this name in another case. */
  static Optional<SentimentSource> byName(Collection<SentimentSource> sources, String name) {
    Optional<SentimentSource> exact = sources.stream().filter(s -> s.name().equals(name)).findFirst();
    if (exact.isPresent()) return exact;
    List<SentimentSource> folded = sources.stream().filter(s -> s.name().equalsIgnoreCase(name)).toList();
    return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
  }

  private static Instant observedAt(Instant time, Problems problems) {
    if (time.isBefore(TimeBounds.BEGINNING) || !time.isBefore(TimeBounds.END)) {
      return problems.add("observed_at", time + " is outside " + TimeBounds.BEGINNING + " .. " + TimeBounds.END);
    }
    return time;
  }

  private static double score(Double score, Problems problems) {
    if (score == null) return problems.missingNumber("score");
    if (!(score >= -1 && score <= 1)) return problems.addNumber("score", score + " is outside -1..1");
    return score;
  }

  private static double magnitude(Double magnitude, Problems problems) {
    if (magnitude == null) return 0;
    if (!Double.isFinite(magnitude)) return problems.addNumber("magnitude", magnitude + " is not a finite number");
    if (magnitude < 0) return problems.addNumber("magnitude", magnitude + " is negative");
    return magnitude;
  }

  private static Map<String, Double> features(Map<String, Double> features, Problems problems) {
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      String name = feature.getKey();
      if (name == null || name.isBlank()) {
        problems.add("features", "a feature name is blank");
      } else if (feature.getValue() == null) {
        problems.add("features." + name, "has no value");
      } else if (!Double.isFinite(feature.getValue())) {
        problems.add("features." + name, feature.getValue() + " is not a finite number");
      }
    }
    return problems.found.isEmpty() ? features : Map.of();
  }

  /** The problems of one row; each adder returns a placeholder value so checks can go on. */
  private static final class Problems {
    private final long row;
    private final List<SentimentRejection> found = new ArrayList<>();

    Problems(long row) {
      this.row = row;
    }

    <T> T add(String field, String problem) {
      found.add(new SentimentRejection(row, field, problem));
      return null;
    }

    <T> T missing(String field) {
      return add(field, "is required");
    }

    double addNumber(String field, String problem) {
      add(field, problem);
      return 0;
    }

    double missingNumber(String field) {
      return addNumber(field, "is required");
    }

    <T> T orNull(String field, Either<String, T> resolved) {
      return resolved.isRight() ? resolved.get() : add(field, resolved.getLeft());
    }
  }
}
