/**
 * The deterministic synthetic market ({@link io.phasewise.adapters.providers.synthetic.SyntheticMarket}):
 * regime-switching price paths for demos, tests and benchmarks, identical for a seed on every JVM.
 */
package io.phasewise.adapters.providers.synthetic;
