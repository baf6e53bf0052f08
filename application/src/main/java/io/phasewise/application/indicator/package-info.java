/** Indicators on demand: any kernel of the indicator engine, by name and parameters, for an asset and range. */
package io.phasewise.application.indicator;
