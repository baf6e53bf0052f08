package io.phasewise.application.testing;

import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.PhaseRecording;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory fake of the phase ports: current states, transitions by time and the outbox of events. */
public final class InMemoryPhaseStore implements SavePhasesPort, LoadPhasesPort {
  private record Key(AssetId asset, Interval interval) {}

  private final Map<Key, PhaseState> states = new HashMap<>();
  private final Map<Key, NavigableMap<Instant, PhaseTransition>> transitions = new HashMap<>();
  private final Map<Key, NavigableMap<Instant, PhaseEvent>> outbox = new HashMap<>();
  private int recordings;

  /** Drops every phase row of an asset (the fake's ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    states.keySet().removeIf(k -> k.asset().equals(asset));
    transitions.keySet().removeIf(k -> k.asset().equals(asset));
    outbox.keySet().removeIf(k -> k.asset().equals(asset));
  }

  @Override
  public synchronized int record(PhaseRecording recording) {
    Key key = new Key(recording.asset(), recording.interval());
    recordings++;
    states.put(key, recording.state());
    NavigableMap<Instant, PhaseTransition> stored = transitions.computeIfAbsent(key, k -> new TreeMap<>());
    recording.replaceFrom().ifPresent(from -> stored.tailMap(from, true).clear());
    recording.transitions().forEach(t -> stored.put(t.changedAt(), t));
    NavigableMap<Instant, PhaseEvent> events = outbox.computeIfAbsent(key, k -> new TreeMap<>());
    int inserted = 0;
    for (PhaseEvent event : recording.events()) {
      if (events.putIfAbsent(event.transition().changedAt(), event) == null) inserted++;
    }
    return inserted;
  }

  @Override
  public synchronized Optional<PhaseState> current(AssetId asset, Interval interval) {
    return Optional.ofNullable(states.get(new Key(asset, interval)));
  }

  @Override
  public synchronized Map<AssetId, PhaseState> current(Collection<AssetId> assets, Interval interval) {
    Map<AssetId, PhaseState> found = new LinkedHashMap<>();
    for (AssetId asset : assets) {
      PhaseState state = states.get(new Key(asset, interval));
      if (state != null) found.put(asset, state);
    }
    return found;
  }

  @Override
  public synchronized List<PhaseTransition> transitions(AssetId asset, Interval interval, Instant from, Instant to) {
    NavigableMap<Instant, PhaseTransition> stored = transitions.get(new Key(asset, interval));
    if (stored == null || from.isAfter(to)) return List.of();
    return new ArrayList<>(stored.subMap(from, true, to, true).values());
  }

  /** The outbox events of an asset on an interval, by transition time. */
  public synchronized List<PhaseEvent> events(AssetId asset, Interval interval) {
    NavigableMap<Instant, PhaseEvent> events = outbox.get(new Key(asset, interval));
    return events == null ? List.of() : new ArrayList<>(events.values());
  }

  /** Every outbox event, of every asset. */
  public synchronized List<PhaseEvent> allEvents() {
    List<PhaseEvent> all = new ArrayList<>();
    outbox.values().forEach(events -> all.addAll(events.values()));
    return all;
  }

  /** How many recordings were made: a recompute that found nothing new makes none. */
  public synchronized int recordings() {
    return recordings;
  }
}
