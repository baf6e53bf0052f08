package io.phasewise.application.watchlist.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: read and edit the caller's watchlist. Every edit may carry the version the caller last
 * saw: a different current version is a conflict (someone else changed it meanwhile); so is losing a
 * race with a concurrent edit. An asset that does not exist is not found, naming it.
 */
public interface ManageWatchlistUseCase {
  WatchlistView get(UserId owner);

  /** Adds an asset at a position (default: the end); a conflict when it is on the list already or the list is full. */
  Either<Failure, WatchlistView> add(AddToWatchlistCommand command);

  /** Removes an asset; not found when it is not on the list. */
  Either<Failure, WatchlistView> remove(RemoveFromWatchlistCommand command);

  /** Moves an asset to a position, the others keeping their order; not found when it is not on the list. */
  Either<Failure, WatchlistView> move(MoveWatchlistItemCommand command);

  /** Replaces the whole list by distinct existing assets in the given order. */
  Either<Failure, WatchlistView> replace(ReplaceWatchlistCommand command);
}
