/** Sentiment resources: sources, recording and importing observations, and an asset's Sentiment Meter. */
package io.phasewise.adapters.rest.sentiment;
