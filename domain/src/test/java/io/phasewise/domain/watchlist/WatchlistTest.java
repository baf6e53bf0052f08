package io.phasewise.domain.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A watchlist keeps distinct assets in order, at most 500, through every operation. */
class WatchlistTest {
  private static final UserId OWNER = new UserId(UUID.randomUUID());

  private static AssetId a(long id) {
    return AssetId.of(id);
  }

  private static Watchlist of(long... ids) {
    return WatchlistBuilder.aWatchlist().ownedBy(OWNER).holdingIds(ids).build();
  }

  @Test
  void add_appends_or_inserts_at_a_position() {
    Watchlist list = Watchlist.empty(OWNER).add(a(1)).flatMap(l -> l.add(a(2))).flatMap(l -> l.add(a(3), 0))
        .flatMap(l -> l.add(a(4), 2)).get();

    assertThat(list.assets()).containsExactly(a(3), a(1), a(4), a(2));
    assertThat(list.positionOf(a(4))).isEqualTo(2);
    assertThat(list.positionOf(a(9))).isEqualTo(-1);
  }

  @Test
  void remove_closes_the_gap() {
    assertThat(of(1, 2, 3).remove(a(2)).get().assets()).containsExactly(a(1), a(3));
  }

  @Test
  void move_takes_an_asset_to_a_position_keeping_the_others_in_order() {
    assertThat(of(1, 2, 3, 4).move(a(1), 3).get().assets()).containsExactly(a(2), a(3), a(4), a(1));
    assertThat(of(1, 2, 3, 4).move(a(4), 0).get().assets()).containsExactly(a(4), a(1), a(2), a(3));
    assertThat(of(1, 2, 3, 4).move(a(2), 1).get().assets()).containsExactly(a(1), a(2), a(3), a(4));
  }

  @Test
  void replace_takes_any_list_of_distinct_assets_in_its_order() {
    assertThat(of(1, 2).replace(List.of(a(7), a(5))).get().assets()).containsExactly(a(7), a(5));
    assertThat(of(1, 2).replace(List.of()).get().size()).isZero();
  }

  @Test
  void operations_keep_owner_and_version() {
    Watchlist saved = WatchlistBuilder.aWatchlist().ownedBy(OWNER).holding(a(1)).saved(4, Instant.EPOCH).build();

    Watchlist changed = saved.add(a(2)).flatMap(l -> l.move(a(2), 0)).flatMap(l -> l.remove(a(1))).get();

    assertThat(changed.owner()).isEqualTo(OWNER);
    assertThat(changed.version()).isEqualTo(4);
    assertThat(changed.updatedAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void refused_changes_are_rejections_naming_the_asset_or_position() {
    assertThat(of(1, 2).add(a(2)).getLeft()).isEqualTo(new WatchlistRejection.AlreadyListed(a(2)));
    assertThat(of(1, 2).remove(a(3)).getLeft()).isEqualTo(new WatchlistRejection.NotListed(a(3)));
    assertThat(of(1, 2).move(a(3), 0).getLeft()).isEqualTo(new WatchlistRejection.NotListed(a(3)));
    assertThat(of(1, 2).move(a(1), 2).getLeft()).isEqualTo(new WatchlistRejection.PositionOutOfRange(2, 1));
    assertThat(of(1, 2).add(a(3), 3).getLeft()).isEqualTo(new WatchlistRejection.PositionOutOfRange(3, 2));
    assertThat(of(1, 2).add(a(3), -1).getLeft()).isEqualTo(new WatchlistRejection.PositionOutOfRange(-1, 2));
    assertThat(of(1, 2).replace(List.of(a(1), a(2), a(1))).getLeft()).isEqualTo(new WatchlistRejection.Duplicate(a(1)));
  }

  @Test
  void only_a_programming_error_breaks_the_constructor() {
    assertThatIllegalArgumentException().isThrownBy(() -> of(1, 2, 1)).withMessageContaining("asset 1 is on the watchlist twice");
    assertThatIllegalArgumentException().isThrownBy(() -> new Watchlist(OWNER, List.of(), 1, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new Watchlist(OWNER, List.of(), -1, Instant.EPOCH));
  }

  @Test
  void at_most_500_assets() {
    Watchlist full = of(LongStream.rangeClosed(1, 500).toArray());
    List<AssetId> tooMany = LongStream.rangeClosed(1, 501).mapToObj(AssetId::of).toList();

    assertThat(full.isFull()).isTrue();
    assertThat(full.add(a(501)).getLeft()).isEqualTo(new WatchlistRejection.Full(500));
    assertThat(Watchlist.empty(OWNER).replace(tooMany).getLeft()).isEqualTo(new WatchlistRejection.TooMany(501, 500));
    assertThatIllegalArgumentException().isThrownBy(() -> of(LongStream.rangeClosed(1, 501).toArray()))
        .withMessageContaining("not 501");
  }

  @Test
  void first_duplicate_names_the_first_repeated_asset() {
    assertThat(Watchlist.firstDuplicate(List.of(a(1), a(2), a(3), a(2), a(1)))).contains(a(2));
    assertThat(Watchlist.firstDuplicate(List.of(a(1), a(2)))).isEmpty();
  }

  /** Random sequences of valid operations, checked against a plain list model. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2025})
  void random_operations_match_a_list_model(long seed) {
    Random random = new Random(seed);
    Watchlist list = Watchlist.empty(OWNER);
    List<AssetId> model = new ArrayList<>();
    for (int step = 0; step < 2_000; step++) {
      AssetId asset = a(1 + random.nextInt(40));
      int op = random.nextInt(3);
      if (op == 0 && !model.contains(asset)) {
        int position = random.nextInt(model.size() + 1);
        list = list.add(asset, position).get();
        model.add(position, asset);
      } else if (op == 1 && model.contains(asset)) {
        list = list.remove(asset).get();
        model.remove(asset);
      } else if (op == 2 && model.contains(asset)) {
        int position = random.nextInt(model.size());
        list = list.move(asset, position).get();
        model.remove(asset);
        model.add(position, asset);
      }
      assertThat(list.assets()).as("seed %d step %d", seed, step).isEqualTo(model);
    }
  }
}
