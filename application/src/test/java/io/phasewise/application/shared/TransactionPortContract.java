package io.phasewise.application.shared;

import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TransactionPort}, run against the in-memory fakes and against PostgreSQL:
 * a success commits, work that fails (throws, or returns a Left) leaves no trace in any store it
 * touched, and nested units join the outer one. Each test starts from empty stores.
 */
public abstract class TransactionPortContract {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2030-01-01T00:00:00Z");

  protected abstract TransactionPort transactions();

  protected abstract SaveAssetPort saveAssets();

  protected abstract LoadAssetsPort loadAssets();

  protected abstract DeleteAssetPort deleteAssets();

  protected abstract SaveCandlesPort saveCandles();

  protected abstract LoadCandlesPort loadCandles();

  private static AssetProfile stock(String symbol) {
    return AssetProfile.of(symbol, symbol + " Inc.", AssetType.STOCK);
  }

  /** Registers {@code symbol} with one daily bar; the asset's id. */
  private AssetId assetWithABar(String symbol) {
    AssetId id = saveAssets().insert(stock(symbol), T0).id();
    saveCandles().saveAll(id, Interval.D1, List.of(candle(T0, "10", "feed")));
    return id;
  }

  private long bars(AssetId asset) {
    return loadCandles().count(asset, Interval.D1, T0, END, null);
  }

  private boolean registered(String symbol) {
    return loadAssets().findBySymbol(symbol, AssetType.STOCK).isPresent();
  }

  @Test
  void a_success_commits_every_store_it_touched() {
    AssetId id = transactions().inTransaction(() -> assetWithABar("OK"));

    assertThat(registered("OK")).isTrue();
    assertThat(bars(id)).isEqualTo(1);
  }

  @Test
  void work_that_throws_leaves_no_trace() {
    AtomicReference<AssetId> written = new AtomicReference<>();

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      written.set(assetWithABar("BOOM"));
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

    assertThat(registered("BOOM")).isFalse();
    assertThat(bars(written.get())).isZero();
  }

  @Test
  void work_that_returns_a_left_leaves_no_trace() {
    AtomicReference<AssetId> written = new AtomicReference<>();

    Either<String, AssetId> result = transactions().inTransactionEither(() -> {
      written.set(assetWithABar("LEFT"));
      return Either.left("refused");
    });

    assertThat(result.getLeft()).isEqualTo("refused");
    assertThat(registered("LEFT")).isFalse();
    assertThat(bars(written.get())).isZero();
  }

  @Test
  void a_failure_puts_back_what_the_work_changed_or_deleted() {
    AssetId changed = assetWithABar("KEEP");
    AssetId deleted = assetWithABar("GONE");

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      saveAssets().update(changed, stock("RENAMED"), T0.plusSeconds(60));
      saveCandles().saveAll(changed, Interval.D1, List.of(candle(T0, "11", "feed"), candle(T0.plusSeconds(86_400), "12", "feed")));
      deleteAssets().delete(deleted);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    Asset kept = loadAssets().findById(changed).orElseThrow();
    assertThat(kept.symbol()).isEqualTo("KEEP");
    assertThat(loadCandles().load(changed, Interval.D1, T0, END, null, 0, 10))
        .singleElement().satisfies(bar -> assertThat(bar.close()).isEqualByComparingTo("10"));
    assertThat(registered("GONE")).isTrue();
    assertThat(bars(deleted)).isEqualTo(1);
  }

  @Test
  void nested_units_join_the_outer_one_and_fail_with_it() {
    AtomicReference<AssetId> inner = new AtomicReference<>();

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      inner.set(transactions().inTransaction(() -> assetWithABar("INNER")));
      assertThat(registered("INNER")).as("the outer unit sees what the inner one wrote").isTrue();
      saveAssets().insert(stock("OUTER"), T0);
      throw new IllegalStateException("the outer unit fails after the inner one returned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(registered("INNER")).isFalse();
    assertThat(registered("OUTER")).isFalse();
    assertThat(bars(inner.get())).isZero();
  }

  @Test
  void nested_units_commit_with_the_outer_one() {
    transactions().inTransaction(() -> {
      transactions().inTransaction(() -> assetWithABar("FIRST"));
      return transactions().inTransaction(() -> assetWithABar("SECOND"));
    });

    assertThat(registered("FIRST")).isTrue();
    assertThat(registered("SECOND")).isTrue();
  }

  @Test
  void a_failed_inner_unit_dooms_the_outer_one_even_if_the_failure_is_caught() {
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      saveAssets().insert(stock("DOOMED"), T0);
      try {
        transactions().inTransaction(() -> {
          throw new IllegalArgumentException("inner");
        });
      } catch (IllegalArgumentException swallowed) {
        // the outer work carries on as if nothing happened
      }
      return null;
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("rolled back");

    assertThat(registered("DOOMED")).isFalse();
  }
}
