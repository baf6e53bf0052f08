package io.phasewise.application.watchlist.port.out;

import static io.phasewise.domain.watchlist.WatchlistBuilder.aWatchlist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.watchlist.model.AssetLabel;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.watchlist.Watchlist;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the watchlist ports passes (fake and database); each test starts empty. */
public abstract class WatchlistPortsContract {
  protected static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  protected abstract LoadWatchlistPort load();

  protected abstract SaveWatchlistPort save();

  protected abstract LoadWatchedAssetsPort watched();

  protected abstract LoadAssetLabelsPort labels();

  /** A stored user who owns nothing yet. */
  protected abstract UserId newUser();

  /** A registered stock named after its symbol. */
  protected abstract AssetId newAsset(String symbol);

  /** Deletes a registered asset (and, as the store does, takes it off every watchlist). */
  protected abstract void deleteAsset(AssetId asset);

  /** Empties the store; runs before each test's data is made. */
  protected void startEmpty() {}

  private UserId owner;
  private final List<AssetId> assets = new ArrayList<>();

  @BeforeEach
  void oneUserAndSixAssets() {
    startEmpty();
    owner = newUser();
    assets.clear();
    for (int i = 1; i <= 6; i++) assets.add(newAsset("W" + i));
  }

  private AssetId a(int i) {
    return assets.get(i - 1);
  }

  private Watchlist saved(AssetId... ids) {
    return save().save(aWatchlist().ownedBy(owner).holding(ids).build(), T0);
  }

  @Test
  void a_watchlist_never_saved_is_absent_and_watches_nothing() {
    assertThat(load().find(owner)).isEmpty();
    assertThat(watched().watchedAssets(owner)).isEmpty();
  }

  @Test
  void the_first_save_is_version_1_and_reads_back_in_order() {
    Watchlist first = saved(a(3), a(1), a(2));

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.updatedAt()).isEqualTo(T0);
    assertThat(load().find(owner)).contains(first);
    assertThat(watched().watchedAssets(owner)).containsExactly(a(3), a(1), a(2));
  }

  @Test
  void every_save_advances_the_version_by_one_and_keeps_the_new_order() {
    Watchlist v1 = saved(a(1), a(2), a(3), a(4));

    Watchlist v2 = save().save(v1.move(a(4), 0).flatMap(l -> l.remove(a(2))).get(), T0.plusSeconds(1));
    Watchlist v3 = save().save(v2.replace(List.of(a(3), a(1), a(4), a(5), a(6))).get(), T0.plusSeconds(2));
    Watchlist v4 = save().save(v3.replace(List.of(a(6))).get(), T0.plusSeconds(3));

    assertThat(List.of(v2.version(), v3.version(), v4.version())).containsExactly(2L, 3L, 4L);
    assertThat(v2.assets()).containsExactly(a(4), a(1), a(3));
    assertThat(load().find(owner).orElseThrow().assets()).containsExactly(a(6));
    assertThat(load().find(owner).orElseThrow().updatedAt()).isEqualTo(T0.plusSeconds(3));
  }

  @Test
  void a_save_that_changes_nothing_still_counts_as_one() {
    Watchlist empty = save().save(Watchlist.empty(owner), T0);
    Watchlist same = save().save(empty, T0);
    Watchlist one = save().save(same.add(a(1)).get(), T0);
    Watchlist again = save().save(one, T0);

    assertThat(List.of(empty.version(), same.version(), one.version(), again.version())).containsExactly(1L, 2L, 3L, 4L);
    assertThat(load().find(owner).orElseThrow().version()).isEqualTo(4);
    assertThat(watched().watchedAssets(owner)).containsExactly(a(1));
  }

  @Test
  void swapping_assets_between_positions_is_one_save() {
    Watchlist v1 = saved(a(1), a(2));

    save().save(v1.replace(List.of(a(2), a(1))).get(), T0.plusSeconds(1));

    assertThat(watched().watchedAssets(owner)).containsExactly(a(2), a(1));
  }

  @Test
  void random_reorderings_round_trip() {
    Random random = new Random(11);
    Watchlist current = saved(a(1), a(2), a(3), a(4), a(5), a(6));
    for (int i = 0; i < 20; i++) {
      List<AssetId> next = new ArrayList<>(assets);
      Collections.shuffle(next, random);
      next = next.subList(0, 1 + random.nextInt(next.size()));
      current = save().save(current.replace(next).get(), T0.plusSeconds(i + 1));
      assertThat(watched().watchedAssets(owner)).as("round %d", i).isEqualTo(next);
    }
    assertThat(current.version()).isEqualTo(21);
  }

  @Test
  void a_save_based_on_an_older_version_is_refused_and_changes_nothing() {
    Watchlist v1 = saved(a(1));
    save().save(v1.add(a(2)).get(), T0.plusSeconds(1));

    assertThatThrownBy(() -> save().save(v1.add(a(3)).get(), T0.plusSeconds(2)))
        .isInstanceOf(StaleWatchlistException.class).hasMessageContaining("since version 1");
    assertThat(watched().watchedAssets(owner)).containsExactly(a(1), a(2));
    assertThat(load().find(owner).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void two_first_saves_of_one_watchlist_are_one_too_many() {
    saved(a(1));

    assertThatThrownBy(() -> saved(a(2))).isInstanceOf(StaleWatchlistException.class);
    assertThat(watched().watchedAssets(owner)).containsExactly(a(1));
  }

  @Test
  void watchlists_of_different_users_are_independent() {
    UserId other = newUser();
    saved(a(1), a(2));
    save().save(aWatchlist().ownedBy(other).holding(a(2), a(3)).build(), T0);

    assertThat(watched().watchedAssets(owner)).containsExactly(a(1), a(2));
    assertThat(watched().watchedAssets(other)).containsExactly(a(2), a(3));
  }

  @Test
  void a_deleted_asset_leaves_every_watchlist_and_the_rest_keep_their_order() {
    Watchlist v1 = saved(a(1), a(2), a(3), a(4));

    deleteAsset(a(2));

    Watchlist read = load().find(owner).orElseThrow();
    assertThat(read.assets()).containsExactly(a(1), a(3), a(4));
    assertThat(watched().watchedAssets(owner)).containsExactly(a(1), a(3), a(4));
    Watchlist next = save().save(read.move(a(4), 0).get(), T0.plusSeconds(1));
    assertThat(next.version()).isEqualTo(v1.version() + 1);
    assertThat(load().find(owner).orElseThrow().assets()).containsExactly(a(4), a(1), a(3));
  }

  @Test
  void labels_name_the_registered_assets_only() {
    AssetId missing = AssetId.of(a(6).value() + 1_000);

    assertThat(labels().labels(List.of(a(1), missing, a(2))))
        .containsOnlyKeys(a(1), a(2))
        .containsEntry(a(1), new AssetLabel(a(1), "W1", "W1", AssetType.STOCK));
    assertThat(labels().labels(List.of())).isEmpty();
  }
}
