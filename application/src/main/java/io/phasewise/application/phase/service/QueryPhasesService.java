package io.phasewise.application.phase.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.phase.port.in.CurrentPhases;
import io.phasewise.application.phase.port.in.PhaseHistory;
import io.phasewise.application.phase.port.in.PhaseTimelineQuery;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads recorded phases. A stored state implies a registered asset, so the assets are looked up (in one
 * read) only for those without a state, to tell an unknown id from one whose phase was never computed.
 */
public final class QueryPhasesService implements QueryPhasesUseCase {
  /** Most assets one call for current phases may name. */
  public static final int MAX_ASSETS = 1_000;

  private final LoadAssetsPort assets;
  private final LoadPhasesPort phases;
  private final LoadCandlesPort candles;

  public QueryPhasesService(LoadAssetsPort assets, LoadPhasesPort phases, LoadCandlesPort candles) {
    this.assets = assets;
    this.phases = phases;
    this.candles = candles;
  }

  @Override
  public Either<Failure, PhaseState> current(AssetId asset, Interval interval) {
    Optional<PhaseState> state = phases.current(asset, interval);
    if (state.isPresent()) return Either.right(state.get());
    return Either.left(assets.findById(asset)
        .<Failure>map(known -> notComputed(known, interval))
        .orElseGet(() -> new Failure.NotFound("asset", asset.toString())));
  }

  @Override
  public Either<Failure, CurrentPhases> current(List<AssetId> requested, Interval interval) {
    List<AssetId> ids = List.copyOf(new LinkedHashSet<>(requested));
    if (ids.size() > MAX_ASSETS) {
      return Either.left(Failure.InvalidInput.of("assets", "at most " + MAX_ASSETS + " assets per call: " + ids.size()));
    }
    Map<AssetId, PhaseState> states = ids.isEmpty() ? Map.of() : phases.current(ids, interval);
    List<AssetId> stateless = ids.stream().filter(id -> !states.containsKey(id)).toList();
    Map<AssetId, Asset> registered = stateless.isEmpty() ? Map.of() : assets.findByIds(stateless);
    List<PhaseState> found = new ArrayList<>();
    List<AssetId> withoutPhase = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (AssetId id : ids) {
      PhaseState state = states.get(id);
      if (state != null) found.add(state);
      else if (registered.containsKey(id)) withoutPhase.add(id);
      else unknown.add(id.toString());
    }
    if (!unknown.isEmpty()) {
      return Either.left(Failure.InvalidInput.of("assets", "unknown asset ids: " + String.join(", ", unknown)));
    }
    return Either.right(new CurrentPhases(found, withoutPhase));
  }

  @Override
  public Either<Failure, PhaseHistory> timeline(PhaseTimelineQuery query) {
    AssetId asset = query.asset();
    Interval interval = query.interval();
    Instant from = query.from();
    Instant to = query.to();
    if (!from.isBefore(to)) return Either.left(Failure.InvalidInput.of("to", "must be after from (" + from + "), not " + to));
    return current(asset, interval).map(state -> {
      List<PhaseTransition> upToEnd = phases.transitions(asset, interval, TimeBounds.BEGINNING, to).stream()
          .filter(t -> t.changedAt().isBefore(to)).toList();
      List<PhaseTransition> inRange = upToEnd.stream().filter(t -> !t.changedAt().isBefore(from)).toList();
      CandleSeries bars = candles.loadSeries(asset, interval, from, to, null);
      List<PhaseHistory.Price> prices = new ArrayList<>(bars.size());
      for (int i = 0; i < bars.size(); i++) prices.add(new PhaseHistory.Price(bars.time(i), bars.close(i)));
      return new PhaseHistory(asset, interval, from, to, state, inRange, spans(upToEnd, from, knownUntil(to, state.asOf())),
          prices);
    });
  }

  /**
   * The stay in each phase from its transition to the next (the last one to {@code end}), clipped to
   * {@code [from, end)}; stays wholly outside are left out.
   */
  static List<PhaseHistory.Span> spans(List<PhaseTransition> transitions, Instant from, Instant end) {
    List<PhaseHistory.Span> spans = new ArrayList<>();
    for (int k = 0; k < transitions.size(); k++) {
      Instant start = transitions.get(k).changedAt();
      Instant stop = k + 1 < transitions.size() ? transitions.get(k + 1).changedAt() : end;
      Instant clippedStart = start.isBefore(from) ? from : start;
      Instant clippedStop = stop.isAfter(end) ? end : stop;
      if (clippedStart.isBefore(clippedStop)) spans.add(new PhaseHistory.Span(transitions.get(k).to(), clippedStart, clippedStop));
    }
    return spans;
  }

  /** The earlier of the two: a phase is known up to the current state's asOf, not beyond. */
  private static Instant knownUntil(Instant rangeEnd, Instant asOf) {
    return asOf.isBefore(rangeEnd) ? asOf : rangeEnd;
  }

  private static Failure notComputed(Asset asset, Interval interval) {
    return new Failure.NotFound("phase", asset.symbol() + " (asset " + asset.id() + ") on " + interval.code()
        + ": not computed yet, recompute its phases first");
  }
}
