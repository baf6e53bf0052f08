/**
 * The portfolio context's use cases: opening and reading portfolios, recording, editing and deleting
 * ledger events, transfers between a user's portfolios, statement imports with their sync log, and
 * the ledger's CSV export. Every command and query names its owner: another user's portfolio is not
 * found, exactly like a missing one.
 */
package io.phasewise.application.portfolio.port.in;
