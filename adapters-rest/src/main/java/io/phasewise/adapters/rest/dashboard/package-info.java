/**
 * The dashboard over HTTP: the caller's cards (watched asset, phase badge, latest bar) in one read, and
 * the bundled web page (markup, styles, script modules and the Apache ECharts build from its WebJar) that
 * shows them, the public market data and the phase charts of the other endpoints.
 */
package io.phasewise.adapters.rest.dashboard;
