/** Application layer of sentiment: sources, ingestion of observations and the sentiment meter of an asset. */
package io.phasewise.application.sentiment;
