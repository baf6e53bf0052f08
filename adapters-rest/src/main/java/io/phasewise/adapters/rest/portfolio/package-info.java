/**
 * Portfolio resources under {@code /api/me/portfolios}: the caller's portfolios and their settings, the
 * ledger's events with their audit trail, transfers between the caller's portfolios, statement imports
 * with the sync log, and the ledger's CSV export. Every route needs a bearer token; another user's
 * portfolio or event answers the very 404 a missing one does. A portfolio's version is its ETag, and a
 * change sent with a stale {@code If-Match} is a 409.
 */
package io.phasewise.adapters.rest.portfolio;
