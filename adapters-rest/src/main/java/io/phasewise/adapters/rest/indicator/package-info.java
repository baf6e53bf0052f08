/** Indicator resources: the catalogue of indicators and any indicator computed on an asset's bars. */
package io.phasewise.adapters.rest.indicator;
