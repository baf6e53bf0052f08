package io.phasewise.application;

import io.phasewise.application.account.AccountUseCases;
import io.phasewise.application.alert.AlertUseCases;
import io.phasewise.application.dashboard.DashboardUseCases;
import io.phasewise.application.indicator.IndicatorUseCases;
import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.application.pipeline.PipelineUseCases;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.sentiment.SentimentUseCases;
import io.phasewise.application.snapshot.SnapshotUseCases;
import io.phasewise.application.watchlist.WatchlistUseCases;

/**
 * Every context's use cases, each built by its own {@code wire}: what the driving side (the REST API,
 * the CLI, an embedding application) calls. A new context adds one component here.
 */
public record UseCases(
    MarketUseCases market,
    IndicatorUseCases indicators,
    SnapshotUseCases snapshots,
    SentimentUseCases sentiment,
    AccountUseCases accounts,
    WatchlistUseCases watchlists,
    AlertUseCases alerts,
    PhaseUseCases phases,
    PipelineUseCases pipeline,
    DashboardUseCases dashboard,
    PortfolioUseCases portfolios) {}
