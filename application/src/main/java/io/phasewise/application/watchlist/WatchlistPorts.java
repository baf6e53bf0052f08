package io.phasewise.application.watchlist;

import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.watchlist.port.out.LoadAssetLabelsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;

/** The outgoing ports of the watchlist context: watchlists, their watched assets, asset labels and transactions. */
public record WatchlistPorts(
    LoadWatchlistPort loadWatchlists,
    SaveWatchlistPort saveWatchlists,
    LoadAssetLabelsPort assetLabels,
    LoadWatchedAssetsPort watchedAssets,
    TransactionPort tx) {}
