package io.phasewise.application.watchlist.service;

import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.watchlist.model.AssetLabel;
import io.phasewise.application.watchlist.port.in.AddToWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import io.phasewise.application.watchlist.port.in.MoveWatchlistItemCommand;
import io.phasewise.application.watchlist.port.in.RemoveFromWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ReplaceWatchlistCommand;
import io.phasewise.application.watchlist.port.in.WatchlistView;
import io.phasewise.application.watchlist.port.out.LoadAssetLabelsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;
import io.phasewise.application.watchlist.port.out.StaleWatchlistException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.watchlist.Watchlist;
import io.phasewise.domain.watchlist.WatchlistRejection;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and edits watchlists, one transaction per call. Each edit checks the caller's expected
 * version, applies the change to the aggregate and saves it; the store's optimistic lock turns the
 * loser of two simultaneous edits into a conflict. An edit that changes nothing saves nothing.
 */
public final class ManageWatchlistService implements ManageWatchlistUseCase {
  private final LoadWatchlistPort load;
  private final SaveWatchlistPort save;
  private final LoadAssetLabelsPort labels;
  private final TransactionPort tx;
  private final Clock clock;

  public ManageWatchlistService(LoadWatchlistPort load, SaveWatchlistPort save, LoadAssetLabelsPort labels,
      TransactionPort tx, Clock clock) {
    this.load = load;
    this.save = save;
    this.labels = labels;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public WatchlistView get(UserId owner) {
    return tx.inTransaction(() -> {
      Watchlist list = current(owner);
      return view(list, labels.labels(list.assets()));
    });
  }

  @Override
  public Either<Failure, WatchlistView> add(AddToWatchlistCommand command) {
    return edit(command.owner(), command.expectedVersion(), List.of(command.asset()),
        list -> list.add(command.asset(), command.position().orElse(list.size())));
  }

  @Override
  public Either<Failure, WatchlistView> remove(RemoveFromWatchlistCommand command) {
    return edit(command.owner(), command.expectedVersion(), List.of(), list -> list.remove(command.asset()));
  }

  @Override
  public Either<Failure, WatchlistView> move(MoveWatchlistItemCommand command) {
    return edit(command.owner(), command.expectedVersion(), List.of(), list -> list.move(command.asset(), command.position()));
  }

  @Override
  public Either<Failure, WatchlistView> replace(ReplaceWatchlistCommand command) {
    return edit(command.owner(), command.expectedVersion(), command.assets(), list -> list.replace(command.assets()));
  }

  /**
   * Checks the expected version, applies {@code change}, requires {@code added} to exist and saves;
   * the labels of the new list are read once, for both the check and the view.
   */
  private Either<Failure, WatchlistView> edit(UserId owner, OptionalLong expected, List<AssetId> added,
      Function<Watchlist, Either<WatchlistRejection, Watchlist>> change) {
    return tx.inTransactionEither(() -> {
      Watchlist current = current(owner);
      if (expected.isPresent() && expected.getAsLong() != current.version()) {
        return Either.left(new Failure.Conflict("the watchlist is at version " + current.version() + ", not the expected "
            + expected.getAsLong() + "; read it again and retry"));
      }
      return change.apply(current).mapLeft(WatchlistRejections::failure).flatMap(next -> {
        Map<AssetId, AssetLabel> known = labels.labels(next.assets());
        Failure missing = missing(added, known);
        if (missing != null) return Either.left(missing);
        if (next.assets().equals(current.assets())) return Either.right(view(current, known));
        try {
          return Either.right(view(save.save(next, clock.instant()), known));
        } catch (StaleWatchlistException raced) {
          return Either.left(new Failure.Conflict(raced.getMessage()));
        }
      });
    });
  }

  private Watchlist current(UserId owner) {
    return load.find(owner).orElseGet(() -> Watchlist.empty(owner));
  }

  /** Null when every one of {@code assets} is {@code known}; otherwise not found, naming the missing ones in request order. */
  private static Failure missing(List<AssetId> assets, Map<AssetId, AssetLabel> known) {
    List<AssetId> missing = assets.stream().filter(a -> !known.containsKey(a)).toList();
    if (missing.isEmpty()) return null;
    return new Failure.NotFound(missing.size() == 1 ? "asset" : "assets",
        missing.stream().map(AssetId::toString).collect(Collectors.joining(", ")));
  }

  /** The list as shown, with the labels of (at least) its assets. */
  private static WatchlistView view(Watchlist list, Map<AssetId, AssetLabel> known) {
    List<WatchlistView.Item> items = new ArrayList<>(list.size());
    for (AssetId asset : list.assets()) {
      AssetLabel label = known.get(asset);
      if (label != null) items.add(new WatchlistView.Item(items.size(), label));
    }
    return new WatchlistView(list.owner(), items, list.version(), list.updatedAt());
  }
}
