package io.phasewise.application.watchlist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.testing.DirectTransactions;
import io.phasewise.application.testing.InMemoryAccounts;
import io.phasewise.application.testing.InMemoryAssetLabels;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryWatchlistStore;
import io.phasewise.application.watchlist.port.in.AddToWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import io.phasewise.application.watchlist.port.in.MoveWatchlistItemCommand;
import io.phasewise.application.watchlist.port.in.RemoveFromWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ReplaceWatchlistCommand;
import io.phasewise.application.watchlist.port.in.WatchlistView;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;
import io.phasewise.application.watchlist.port.out.StaleWatchlistException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.watchlist.Watchlist;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Editing a watchlist: order, versions, refusals as failures, concurrent edits as conflicts. */
class ManageWatchlistServiceTest {
  private static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final OptionalLong ANY = OptionalLong.empty();

  private final InMemoryMarket market = new InMemoryMarket(CLOCK);
  private final InMemoryAccounts accounts = new InMemoryAccounts(market);
  private final ManageWatchlistUseCase watchlist = accounts.watchlistUseCases.manage();
  private final UserId owner = new UserId(UUID.randomUUID());
  private final List<AssetId> assets = new ArrayList<>();

  @BeforeEach
  void fiveAssets() {
    for (String symbol : List.of("AAA", "BBB", "CCC", "DDD", "EEE")) {
      assets.add(market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol + " Inc", AssetType.STOCK)))
          .get().id());
    }
  }

  private AssetId a(int i) {
    return assets.get(i - 1);
  }

  private Either<Failure, WatchlistView> add(AssetId asset) {
    return watchlist.add(new AddToWatchlistCommand(owner, asset, OptionalInt.empty(), ANY));
  }

  private static List<String> symbols(WatchlistView view) {
    return view.items().stream().map(i -> i.asset().symbol()).toList();
  }

  @Test
  void a_new_user_has_an_empty_watchlist_at_version_0() {
    WatchlistView view = watchlist.get(owner);

    assertThat(view.items()).isEmpty();
    assertThat(view.version()).isZero();
    assertThat(view.updatedAt()).isNull();
  }

  @Test
  void add_remove_move_and_replace_keep_the_order_and_advance_the_version() {
    add(a(1));
    add(a(2));
    WatchlistView inserted = watchlist.add(new AddToWatchlistCommand(owner, a(3), OptionalInt.of(0), ANY)).get();
    assertThat(symbols(inserted)).containsExactly("CCC", "AAA", "BBB");
    assertThat(inserted.items()).extracting(WatchlistView.Item::position).containsExactly(0, 1, 2);
    assertThat(inserted.items().get(0).asset().name()).isEqualTo("CCC Inc");
    assertThat(inserted.version()).isEqualTo(3);
    assertThat(inserted.updatedAt()).isEqualTo(NOW);

    WatchlistView moved = watchlist.move(new MoveWatchlistItemCommand(owner, a(3), 2, OptionalLong.of(3))).get();
    assertThat(symbols(moved)).containsExactly("AAA", "BBB", "CCC");

    WatchlistView removed = watchlist.remove(new RemoveFromWatchlistCommand(owner, a(2), OptionalLong.of(4))).get();
    assertThat(symbols(removed)).containsExactly("AAA", "CCC");

    WatchlistView replaced = watchlist.replace(new ReplaceWatchlistCommand(owner, List.of(a(5), a(4), a(1)), ANY)).get();
    assertThat(symbols(replaced)).containsExactly("EEE", "DDD", "AAA");
    assertThat(replaced.version()).isEqualTo(6);
    assertThat(accounts.watchlists.watchedAssets(owner)).containsExactly(a(5), a(4), a(1));
    assertThat(watchlist.get(owner)).isEqualTo(replaced);
  }

  @Test
  void a_stale_expected_version_is_a_conflict_and_changes_nothing() {
    add(a(1));
    add(a(2));

    Failure stale = watchlist.add(new AddToWatchlistCommand(owner, a(3), OptionalInt.empty(), OptionalLong.of(1))).getLeft();

    assertThat(stale).isInstanceOf(Failure.Conflict.class);
    assertThat(stale.message()).contains("version 2", "expected 1");
    assertThat(watchlist.replace(new ReplaceWatchlistCommand(owner, List.of(), OptionalLong.of(0))).getLeft())
        .isInstanceOf(Failure.Conflict.class);
    assertThat(watchlist.get(owner).version()).isEqualTo(2);
    assertThat(accounts.watchlists.watchedAssets(owner)).containsExactly(a(1), a(2));
  }

  @Test
  void unknown_assets_are_not_found_by_id() {
    AssetId ghost = AssetId.of(9_001);
    AssetId other = AssetId.of(9_002);

    assertThat(add(ghost).getLeft()).isEqualTo(new Failure.NotFound("asset", "9001"));
    assertThat(watchlist.replace(new ReplaceWatchlistCommand(owner, List.of(a(1), ghost, other), ANY)).getLeft())
        .isEqualTo(new Failure.NotFound("assets", "9001, 9002"));
    assertThat(watchlist.get(owner).version()).isZero();
  }

  @Test
  void refusals_are_failures_naming_what_is_wrong() {
    add(a(1));
    add(a(2));

    assertThat(add(a(1)).getLeft()).isEqualTo(new Failure.Conflict("asset " + a(1) + " is already on the watchlist"));
    assertThat(watchlist.remove(new RemoveFromWatchlistCommand(owner, a(3), ANY)).getLeft())
        .isEqualTo(new Failure.NotFound("watchlist item", a(3).toString()));
    assertThat(watchlist.move(new MoveWatchlistItemCommand(owner, a(3), 0, ANY)).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(watchlist.move(new MoveWatchlistItemCommand(owner, a(1), 2, ANY)).getLeft())
        .isEqualTo(Failure.InvalidInput.of("position", "must be in 0..1, not 2"));
    assertThat(watchlist.add(new AddToWatchlistCommand(owner, a(3), OptionalInt.of(3), ANY)).getLeft())
        .isEqualTo(Failure.InvalidInput.of("position", "must be in 0..2, not 3"));
    assertThat(watchlist.add(new AddToWatchlistCommand(owner, a(3), OptionalInt.of(-1), ANY)).getLeft())
        .isInstanceOf(Failure.InvalidInput.class);
    assertThat(watchlist.replace(new ReplaceWatchlistCommand(owner, List.of(a(1), a(2), a(1)), ANY)).getLeft())
        .isEqualTo(Failure.InvalidInput.of("assets", "asset " + a(1) + " is listed twice"));
    assertThat(watchlist.get(owner).version()).isEqualTo(2);
  }

  @Test
  void at_most_500_assets() {
    List<AssetId> many = IntStream.rangeClosed(1, 501)
        .mapToObj(i -> market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("M" + i, null, AssetType.STOCK)))
            .get().id())
        .toList();

    assertThat(watchlist.replace(new ReplaceWatchlistCommand(owner, many, ANY)).getLeft())
        .isEqualTo(Failure.InvalidInput.of("assets", "must hold at most 500 assets, not 501"));
    assertThat(watchlist.replace(new ReplaceWatchlistCommand(owner, many.subList(0, 500), ANY)).get().items()).hasSize(500);
    assertThat(add(many.get(500)).getLeft().message()).contains("full");
  }

  @Test
  void an_edit_that_changes_nothing_saves_nothing() {
    add(a(1));
    add(a(2));

    WatchlistView same = watchlist.move(new MoveWatchlistItemCommand(owner, a(2), 1, ANY)).get();
    WatchlistView again = watchlist.replace(new ReplaceWatchlistCommand(owner, List.of(a(1), a(2)), OptionalLong.of(2))).get();

    assertThat(same.version()).isEqualTo(2);
    assertThat(again.version()).isEqualTo(2);
    assertThat(watchlist.replace(new ReplaceWatchlistCommand(new UserId(UUID.randomUUID()), List.of(), ANY)).get().version()).isZero();
  }

  @Test
  void losing_a_race_in_the_store_is_a_conflict() {
    InMemoryWatchlistStore store = new InMemoryWatchlistStore();
    SaveWatchlistPort racing = (list, now) -> {
      store.save(new Watchlist(list.owner(), List.of(a(5)), list.version(), list.updatedAt()), now);
      return store.save(list, now);
    };
    ManageWatchlistService service = new ManageWatchlistService(store, racing, new InMemoryAssetLabels(market.assets),
        new DirectTransactions(), CLOCK);

    Failure lost = service.add(new AddToWatchlistCommand(owner, a(1), OptionalInt.empty(), ANY)).getLeft();

    assertThat(lost).isInstanceOf(Failure.Conflict.class);
    assertThat(lost.message()).contains("changed by another request");
    assertThat(store.watchedAssets(owner)).containsExactly(a(5));
  }

  @Test
  void a_deleted_asset_leaves_the_watchlist() {
    add(a(1));
    add(a(2));
    add(a(3));

    market.useCases.deleteAsset().delete(a(2));

    assertThat(symbols(watchlist.get(owner))).containsExactly("AAA", "CCC");
    assertThat(watchlist.get(owner).items()).extracting(WatchlistView.Item::position).containsExactly(0, 1);
  }

  @Test
  void a_stale_exception_from_the_port_names_the_version() {
    assertThat(new StaleWatchlistException(owner, 4, null).getMessage()).contains("since version 4");
  }
}
