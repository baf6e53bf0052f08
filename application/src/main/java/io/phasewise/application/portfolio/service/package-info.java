/**
 * The services of the portfolio context: each use case in one transaction, portfolios read through
 * their owner, refusals of the aggregate turned into failures in one place ({@code PortfolioRejections}),
 * {@link io.phasewise.application.portfolio.service.CandleMarketFacts}, the market store seen as
 * the splits, prices and rates a ledger needs, and
 * {@link io.phasewise.application.portfolio.service.CandlePriceGrid}, the same facts as whole day
 * columns for performance over long periods.
 */
package io.phasewise.application.portfolio.service;
