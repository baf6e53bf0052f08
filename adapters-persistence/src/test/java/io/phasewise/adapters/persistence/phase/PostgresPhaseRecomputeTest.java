package io.phasewise.adapters.persistence.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.application.phase.PhasePorts;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.testing.InMemorySentimentObservations;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The phase recompute on PostgreSQL: all of one asset or nothing, idempotent, and events only for news. */
class PostgresPhaseRecomputeTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

  private AssetId asset;

  @BeforeEach
  void startWithOneAsset() {
    DB.truncate();
    asset = DB.newAsset("PGPH");
  }

  private RecomputePhasesUseCase service(SavePhasesPort save) {
    PostgresPersistence db = DB.persistence();
    PhasePorts ports = new PhasePorts(db.ports(PhasePersistence.MODULE).loadPhases(), save, db.transactions());
    return PhaseUseCases.wire(ports, db.ports(MarketPersistence.MODULE), new InMemorySentimentObservations(),
        new Infrastructure(CLOCK, UUID::randomUUID, System::nanoTime, 2), SentimentWeights.defaults()).recompute();
  }

  private List<PhaseTransition> stored() {
    return DB.persistence().ports(PhasePersistence.MODULE).loadPhases().transitions(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END);
  }

  @Test
  void a_recompute_that_fails_after_recording_leaves_nothing() {
    DB.persistence().ports(MarketPersistence.MODULE).saveCandles().saveAll(asset, Interval.D1, PhaseWalks.regimes(1, 800));
    SavePhasesPort real = DB.persistence().ports(PhasePersistence.MODULE).savePhases();
    SavePhasesPort failingAfterwards = recording -> {
      real.record(recording);
      throw new IllegalStateException("crash after the write");
    };

    assertThatThrownBy(() -> service(failingAfterwards).recompute(asset, Interval.D1)).hasMessageContaining("crash after");

    assertThat(DB.persistence().ports(PhasePersistence.MODULE).loadPhases().current(asset, Interval.D1)).isEmpty();
    assertThat(stored()).isEmpty();
    assertThat(DB.queryLong("SELECT count(*) FROM phase_events")).isZero();
  }

  @Test
  void recomputing_twice_changes_nothing_and_new_bars_bring_events_for_the_new_transitions_only() {
    List<Candle> bars = PhaseWalks.regimes(2, 1_600);
    DB.persistence().ports(MarketPersistence.MODULE).saveCandles().saveAll(asset, Interval.D1, bars.subList(0, 1_000));
    RecomputePhasesUseCase service = service(DB.persistence().ports(PhasePersistence.MODULE).savePhases());

    PhaseRecomputeResult first = service.recompute(asset, Interval.D1).get();
    List<PhaseTransition> history = stored();
    PhaseRecomputeResult again = service.recompute(asset, Interval.D1).get();

    assertThat(first.transitionsWritten()).isGreaterThan(3).isEqualTo(history.size());
    assertThat(first.eventsEmitted()).isZero();
    assertThat(again.wroteAnything()).as("the stored state reads back equal to the replay's").isFalse();
    assertThat(again.transitionsKept()).isEqualTo(history.size());

    DB.persistence().ports(MarketPersistence.MODULE).saveCandles().saveAll(asset, Interval.D1, bars.subList(1_000, 1_600));
    PhaseRecomputeResult grown = service.recompute(asset, Interval.D1).get();

    List<PhaseTransition> all = stored();
    assertThat(all.subList(0, history.size())).isEqualTo(history);
    List<PhaseTransition> added = all.subList(history.size(), all.size());
    assertThat(added).isNotEmpty();
    assertThat(grown.eventsEmitted()).isEqualTo(added.size());
    assertThat(Outbox.events(DB.database().jooq(), asset, Interval.D1)).extracting(PhaseEvent::transition)
        .containsExactlyElementsOf(added);
    assertThat(Outbox.events(DB.database().jooq(), asset, Interval.D1)).allMatch(e -> e.symbol().equals("PGPH"));
  }

  @Test
  void recomputes_of_one_asset_at_the_same_time_both_succeed_and_record_one_history() throws Exception {
    DB.persistence().ports(MarketPersistence.MODULE).saveCandles().saveAll(asset, Interval.D1, PhaseWalks.regimes(3, 1_500));
    SavePhasesPort real = DB.persistence().ports(PhasePersistence.MODULE).savePhases();
    CyclicBarrier together = new CyclicBarrier(2);
    SavePhasesPort atTheSameTime = recording -> {
      try {
        together.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the two recomputes did not meet", e);
      }
      return real.record(recording);
    };
    RecomputePhasesUseCase concurrently = service(atTheSameTime);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Either<Failure, PhaseRecomputeResult>>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) runs.add(pool.submit(() -> concurrently.recompute(asset, Interval.D1)));
      for (Future<Either<Failure, PhaseRecomputeResult>> run : runs) assertThat(run.get().isRight()).isTrue();
    } finally {
      pool.shutdownNow();
    }

    List<PhaseTransition> concurrent = stored();
    assertThat(service(real).recompute(asset, Interval.D1).get().wroteAnything()).isFalse();
    assertThat(stored()).isEqualTo(concurrent);
    assertThat(DB.queryLong("SELECT count(*) FROM phase_events")).as("a first computation, however often").isZero();
  }
}
