/** Phase persistence: current phase states, transitions and the outbox of phase events, with jOOQ. */
package io.phasewise.adapters.persistence.phase;
