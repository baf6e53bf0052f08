/**
 * Watchlists (the user's watched assets): each user's {@link io.phasewise.domain.watchlist.Watchlist},
 * the distinct assets they follow in the order their dashboard shows them, with a version that
 * detects concurrent edits.
 */
package io.phasewise.domain.watchlist;
