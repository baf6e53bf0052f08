/**
 * Application layer of sentiment: sources, ingestion of observations and the sentiment meter of an
 * asset. {@code port.in} holds the use cases (register and list sources, record a batch of rows,
 * import a file, read the meter and observations) with their commands, rows and reports;
 * {@code port.out} the ports to persistence (sources, observations, pages of them) and to the file
 * reader of the providers; {@code service} the implementations, all built by
 * {@link io.phasewise.application.sentiment.SentimentUseCases#wire} on {@link io.phasewise.application.sentiment.SentimentPorts}.
 */
package io.phasewise.application.sentiment;
