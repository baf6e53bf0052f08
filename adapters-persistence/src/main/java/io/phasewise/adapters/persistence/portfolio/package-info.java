/**
 * Portfolio persistence: each portfolio's settings, plans and recorded prices as one versioned
 * Hibernate entity; its ledger's audit trail (appended, never rewritten, read in one ordered query)
 * and its sync log with jOOQ.
 */
package io.phasewise.adapters.persistence.portfolio;
