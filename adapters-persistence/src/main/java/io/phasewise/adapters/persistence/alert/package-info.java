/**
 * Alert persistence, the home of later alert rules too: webhook subscriptions with Hibernate, the
 * outbox and delivery log with jOOQ.
 */
package io.phasewise.adapters.persistence.alert;
