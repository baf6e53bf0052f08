/** Market resources: assets, candles (JSON or CSV), ticks, candle file imports and their runs. */
package io.phasewise.adapters.rest.market;
