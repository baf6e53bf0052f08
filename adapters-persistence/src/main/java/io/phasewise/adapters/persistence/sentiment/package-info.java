/** Sentiment persistence: sources and their observations of assets, with jOOQ. */
package io.phasewise.adapters.persistence.sentiment;
