/**
 * Browser safety of the API: requests for a foreign {@code Host} (DNS rebinding) and cross-site
 * state-changing requests (CSRF through HTML forms or scripts on other sites) are refused before any
 * resource runs, and every response carries the security headers that keep it out of other pages.
 */
package io.phasewise.adapters.rest.browser;
