/**
 * Watchlist persistence: each user's versioned watchlist with Hibernate, and the dashboard's read of
 * watched assets with jOOQ.
 */
package io.phasewise.adapters.persistence.watchlist;
