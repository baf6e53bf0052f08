/**
 * What every persistence context shares: the database handles, the unit of work joining Hibernate and
 * jOOQ, and error translation.
 */
package io.phasewise.adapters.persistence.shared;
