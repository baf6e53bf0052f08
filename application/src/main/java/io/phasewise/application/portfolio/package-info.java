/**
 * The portfolio context: opening portfolios, recording, editing and importing ledger events, and
 * deriving holdings, gains and performance from them as of any date. Every command and query names
 * its owner: another user's portfolio is not found, exactly like a missing one.
 */
package io.phasewise.application.portfolio;
