/**
 * Runs Phasewise: {@link io.phasewise.bootstrap.Phasewise} wires every module by hand on an
 * embedded or external PostgreSQL, {@link io.phasewise.bootstrap.PhasewiseServer} serves the REST
 * API on Grizzly, and {@link io.phasewise.bootstrap.PhasewiseCli} is the command line
 * ({@code serve}, {@code import}, {@code generate}, {@code recompute}, {@code phases}, {@code pipeline},
 * {@code sentiment}, {@code user}, {@code token}).
 */
package io.phasewise.bootstrap;
