/**
 * Shared kernel used by every context.
 *
 * <ul>
 *   <li><b>Failure</b>: the closed set of expected business outcomes a use case can return instead
 *       of a result (invalid input, not found, conflict, forbidden, unavailable).
 * </ul>
 */
package io.phasewise.domain.shared;
