/**
 * Application layer of the analysis pipeline: for every analysed asset, the new data's snapshots,
 * then its phase (fed by the sentiment meter of each bar), then the webhooks of the transitions it
 * recorded; run on a schedule or on demand, each run recorded with one outcome per asset.
 */
package io.phasewise.application.pipeline;
