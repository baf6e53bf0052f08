package io.phasewise.application.sentiment.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.SaneDecimal;
import io.phasewise.domain.shared.TimeWindow;
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
 * each name up once per batch) and checks every value, collecting one rejection per bad field. Names
 * and feature names are {@link InputText}, times lie in {@link TimeWindow#DEFAULT}, numbers are
 * {@link SaneDecimal}, and a row has at most {@link InputText#MAX_ENTRIES} features.
 */
final class SentimentRowCheck {
  private final LoadAssetsPort assets;
  private final Map<SentimentSourceId, SentimentSource> sources;
  private final Map<Reference, Either<String, AssetId>> assetsByReference = new HashMap<>();
  private final Instant now;

  SentimentRowCheck(LoadAssetsPort assets, Map<SentimentSourceId, SentimentSource> sources, Instant now) {
    this.assets = assets;
    this.sources = sources;
    this.now = now;
  }

  /** The row's observation, or every problem it has. */
  Either<List<SentimentRejection>, SentimentObservation> observation(SentimentRow row) {
    Problems problems = new Problems(row.row());
    AssetId asset = row.asset() == null ? problems.missing("asset") : problems.orNull("asset", asset(row.asset()));
    SentimentSourceId source = row.source() == null ? problems.missing("source") : problems.orNull("source", source(row.source()));
    Instant observedAt = row.observedAt() == null ? problems.missing("observed_at")
        : problems.orNull("observed_at", observedAt(row.observedAt()));
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
    Optional<String> unclean = unclean(reference);
    if (unclean.isPresent()) return Either.left(unclean.get());
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
    Optional<String> unclean = unclean(reference);
    if (unclean.isPresent()) return Either.left(unclean.get());
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

  private static Optional<String> unclean(Reference reference) {
    return reference.isId() ? Optional.empty() : InputText.problem(reference.name(), InputText.NAME).map(p -> "the name " + p);
  }

  private Either<String, Instant> observedAt(Instant time) {
    return TimeWindow.DEFAULT.problem(time, now).<Either<String, Instant>>map(Either::left).orElseGet(() -> Either.right(time));
  }

  private static double score(Double score, Problems problems) {
    if (score == null) return problems.missingNumber("score");
    if (!(score >= -1 && score <= 1)) return problems.addNumber("score", score + " is outside -1..1");
    return score;
  }

  private static double magnitude(Double magnitude, Problems problems) {
    if (magnitude == null) return 0;
    Optional<String> insane = SaneDecimal.problem(magnitude);
    if (insane.isPresent()) return problems.addNumber("magnitude", insane.get());
    if (magnitude < 0) return problems.addNumber("magnitude", magnitude + " is negative");
    return magnitude;
  }

  private static Map<String, Double> features(Map<String, Double> features, Problems problems) {
    if (features.size() > InputText.MAX_ENTRIES) {
      problems.add("features", "must have at most " + InputText.MAX_ENTRIES + " entries, not " + features.size());
    }
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      String name = feature.getKey();
      Optional<String> unclean = name == null ? Optional.empty() : InputText.problem(name, InputText.NAME);
      if (name == null || name.isBlank()) {
        problems.add("features", "a feature name is blank");
      } else if (unclean.isPresent()) {
        problems.add("features", "a feature name " + unclean.get());
      } else if (feature.getValue() == null) {
        problems.add("features." + name, "has no value");
      } else {
        SaneDecimal.problem(feature.getValue()).ifPresent(p -> problems.add("features." + name, p));
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
