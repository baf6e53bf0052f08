/**
 * Indicator kernels on price columns (moving averages, oscillators, volatility, volume, correlation),
 * each as a streaming object and an equal batch form, with its warm-up stated.
 */
package io.phasewise.domain.indicator;
