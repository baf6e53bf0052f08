/**
 * The PostgreSQL adapter's entry point: connection settings, migration on start, and the persistence
 * of each context over one pool.
 */
package io.phasewise.adapters.persistence;
