/**
 * Runs Phasewise: {@link io.phasewise.bootstrap.Phasewise} wires every context through its
 * {@code <Context>UseCases.wire} on an embedded or external PostgreSQL and exposes the use cases,
 * {@link io.phasewise.bootstrap.PhasewiseServer} serves the REST API on Grizzly, and
 * {@link io.phasewise.bootstrap.PhasewiseCli} is the command line
 * ({@code serve}, {@code import}, {@code generate}, {@code recompute}, {@code phases} and {@code phases evaluate}, {@code pipeline},
 * {@code sentiment}, {@code user}, {@code token}).
 */
package io.phasewise.bootstrap;
