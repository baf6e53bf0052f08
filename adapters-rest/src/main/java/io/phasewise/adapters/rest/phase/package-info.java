/** Phase resources: an asset's current phase and timeline, many assets' phases at once, and recomputes. */
package io.phasewise.adapters.rest.phase;
