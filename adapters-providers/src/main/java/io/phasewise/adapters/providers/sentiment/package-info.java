/**
 * Sentiment files: {@link io.phasewise.adapters.providers.sentiment.SentimentFileReader} reads CSV and
 * JSON-lines files of sentiment observations into rows with their line numbers, turning each line it
 * cannot parse into rejections naming the bad fields instead of failing the file.
 */
package io.phasewise.adapters.providers.sentiment;
