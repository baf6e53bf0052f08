package io.phasewise.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AssetBatchTest {
  private static final Instant T = Instant.parse("2030-01-01T00:00:00Z");
  private static final Asset A = asset(1, "AAA");
  private static final Asset B = asset(2, "BBB");
  private static final Asset C = asset(3, "CCC");
  private static final Map<AssetId, Asset> KNOWN = Map.of(A.id(), A, B.id(), B, C.id(), C);
  private static final Function<AssetId, Optional<Asset>> LOOKUP = id -> Optional.ofNullable(KNOWN.get(id));

  private final AtomicLong nanos = new AtomicLong();
  /** A ticker that moves 1 ms on each reading. */
  private final Ticker ticker = () -> nanos.addAndGet(1_000_000);
  private final AssetBatch batch = new AssetBatch(2, ticker);

  private static Asset asset(long id, String symbol) {
    return new Asset(new AssetId(id), AssetProfile.of(symbol, symbol, AssetType.STOCK), T, T);
  }

  @Test
  void results_come_in_request_order_each_asset_once_and_an_unknown_id_is_not_found() {
    AtomicInteger calls = new AtomicInteger();

    BatchReport<String> report = batch.forIds("test", List.of(C.id(), new AssetId(404), A.id(), C.id()), LOOKUP,
        asset -> {
          calls.incrementAndGet();
          return Either.right(asset.symbol().toLowerCase());
        }, BatchProgress.none());

    assertThat(report.assets()).extracting(AssetResult::asset).containsExactly(C.id(), new AssetId(404), A.id());
    assertThat(report.assets()).extracting(AssetResult::symbol).containsExactly("CCC", null, "AAA");
    assertThat(report.assets().get(0).outcome().get()).isEqualTo("ccc");
    assertThat(report.assets().get(1).outcome().getLeft()).isEqualTo(new Failure.NotFound("asset", "404"));
    assertThat(calls).as("the duplicate ran once, the unknown id not at all").hasValue(2);
    assertThat(report.succeeded()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(1);
  }

  @Test
  void an_exception_fails_its_asset_only_naming_it_and_an_outage_says_what_is_down() {
    BatchReport<Integer> report = batch.forAssets("tally", List.of(A, B, C, A), asset -> {
      if (asset.equals(B)) throw new IllegalStateException("boom");
      if (asset.equals(C)) throw new PortUnavailableException("store unreachable", null);
      return Either.right(7);
    }, BatchProgress.none());

    assertThat(report.assets()).extracting(AssetResult::asset).containsExactly(A.id(), B.id(), C.id());
    assertThat(report.assets().get(0).outcome().get()).isEqualTo(7);
    assertThat(report.assets().get(1).outcome().getLeft())
        .isEqualTo(new Failure.Unavailable("BBB (asset " + B.id() + "): tally failed: java.lang.IllegalStateException: boom"));
    assertThat(report.assets().get(2).outcome().getLeft())
        .isEqualTo(new Failure.Unavailable("CCC (asset " + C.id() + "): store unreachable"));
    assertThat(report.sum(n -> n)).isEqualTo(7);
  }

  @Test
  void a_lookup_that_throws_fails_that_id_naming_it() {
    BatchReport<String> report = batch.forIds("test", List.of(A.id()), id -> {
      throw new IllegalStateException("no store");
    }, asset -> Either.right("never"), BatchProgress.none());

    assertThat(report.assets()).singleElement().satisfies(r -> {
      assertThat(r.symbol()).isNull();
      assertThat(r.outcome().getLeft().message()).startsWith("asset " + A.id() + ": test failed: ").contains("no store");
    });
  }

  @Test
  void progress_is_told_once_per_asset_with_its_result() {
    List<String> told = new CopyOnWriteArrayList<>();

    batch.forIds("test", List.of(A.id(), B.id(), new AssetId(404)), LOOKUP, asset -> Either.right(asset.symbol()),
        (done, total, last) -> told.add(done + "/" + total + " " + last.asset()));

    assertThat(told).hasSize(3).extracting(s -> s.substring(0, 3)).containsExactlyInAnyOrder("1/3", "2/3", "3/3");
    assertThat(told).extracting(s -> s.substring(4))
        .containsExactlyInAnyOrder(A.id().toString(), B.id().toString(), "404");
  }

  @Test
  void each_asset_and_the_batch_are_timed_with_the_injected_ticker() {
    AssetBatch oneThread = new AssetBatch(1, ticker);

    BatchReport<String> report = oneThread.forIds("test", List.of(A.id(), B.id()), LOOKUP, asset -> {
      ticker.nanos();
      return Either.right(asset.symbol());
    }, BatchProgress.none());

    assertThat(report.assets()).extracting(AssetResult::elapsed)
        .as("its start, the task's reading, its end").containsOnly(Duration.ofMillis(2));
    assertThat(report.elapsed()).as("2 readings of the batch and 3 of each asset").isEqualTo(Duration.ofMillis(7));
  }

  @Test
  void an_empty_batch_reports_nothing_and_threads_are_bounded_below() {
    assertThat(batch.forIds("test", List.of(), LOOKUP, asset -> Either.right(1), BatchProgress.none()).assets()).isEmpty();
    assertThatThrownBy(() -> new AssetBatch(0, ticker)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void map_turns_results_and_keeps_failures_and_times() {
    AssetResult<Integer> ok = new AssetResult<>(A.id(), "AAA", Either.right(2), Duration.ofMillis(5));
    AssetResult<Integer> failed = new AssetResult<>(B.id(), "BBB", Either.left(new Failure.NotFound("asset", "2")),
        Duration.ofMillis(1));

    BatchReport<String> mapped = new BatchReport<>(List.of(ok, failed), Duration.ofMillis(9)).map(n -> "n" + n);

    assertThat(mapped.assets()).containsExactly(new AssetResult<>(A.id(), "AAA", Either.right("n2"), Duration.ofMillis(5)),
        new AssetResult<>(B.id(), "BBB", Either.left(new Failure.NotFound("asset", "2")), Duration.ofMillis(1)));
    assertThat(mapped.elapsed()).isEqualTo(Duration.ofMillis(9));
  }
}
