/** Pieces every application context uses: paging, the transaction port, port outage, parallel per-asset batches. */
package io.phasewise.application.shared;
