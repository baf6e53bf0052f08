package io.phasewise.application.portfolio;

import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.portfolio.port.out.SyncLogPort;
import io.phasewise.application.shared.TransactionPort;

/** The outgoing ports of the portfolio context: stored portfolios, their sync log and transactions (statement reading is passed to {@code wire} by the adapter that owns it). */
public record PortfolioPorts(
    LoadPortfolioPort loadPortfolios,
    SavePortfolioPort savePortfolios,
    SyncLogPort syncLog,
    TransactionPort tx) {}
