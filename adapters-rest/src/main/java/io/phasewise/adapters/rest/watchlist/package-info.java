/** Watchlist resource: the caller's watchlist, changed under {@code If-Match} against its version. */
package io.phasewise.adapters.rest.watchlist;
