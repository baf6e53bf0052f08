/**
 * The dashboard over HTTP: the caller's cards (watched asset, phase badge, latest bar) in one read, and
 * the bundled single-file web page that shows them with the tooltip, timeline, sentiment meter and
 * watchlist editing of the other endpoints.
 */
package io.phasewise.adapters.rest.dashboard;
