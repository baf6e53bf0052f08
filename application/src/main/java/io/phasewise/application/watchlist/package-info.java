/** Application layer of watchlists: each user's ordered list of watched assets. */
package io.phasewise.application.watchlist;
