/**
 * Application layer of the analysis pipeline: a list of named steps run over every analysed asset
 * (by default the new data's snapshots, then its phase, fed by the sentiment meter of each bar, then
 * the webhooks of the transitions it recorded); run on a schedule or on demand, each run recorded with
 * each step's result by step name, per asset and for the whole run.
 */
package io.phasewise.application.pipeline;
