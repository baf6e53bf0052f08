/** Pieces every application context uses: paging, the transaction port, port outage, the one runner of per-asset batches and its results. */
package io.phasewise.application.shared;
