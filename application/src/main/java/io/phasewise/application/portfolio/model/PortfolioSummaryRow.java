package io.phasewise.application.portfolio.model;

import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.PortfolioId;
import java.time.Instant;

/** A portfolio as a list shows it: its settings and how many events are in force, without the ledger. */
public record PortfolioSummaryRow(
    PortfolioId id, String name, CurrencyCode baseCurrency, BookingMethod method, boolean allowShorts,
    int events, long version, Instant createdAt) {}
