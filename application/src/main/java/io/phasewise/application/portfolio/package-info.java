/**
 * The portfolio context: opening portfolios, recording, editing and importing ledger events, and
 * deriving holdings, gains and performance from them as of any date.
 */
package io.phasewise.application.portfolio;
