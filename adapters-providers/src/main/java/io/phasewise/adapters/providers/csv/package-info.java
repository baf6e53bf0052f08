/**
 * Candle sources reading delimited text files: {@link io.phasewise.adapters.providers.csv.YahooCsvCandleSource}
 * for Yahoo Finance exports and {@link io.phasewise.adapters.providers.csv.ColumnMappedCsvCandleSource}
 * for any other layout. Both stream a file row by row as a
 * {@link io.phasewise.application.market.model.CandleFeed}, turning each bad row into a rejection
 * with its line number and reason instead of failing the file.
 */
package io.phasewise.adapters.providers.csv;
