package io.phasewise.application.snapshot.model;

import io.phasewise.domain.snapshot.FeatureVector;

/** One row of model-training data (seed 004's "features for model training"): a bar's features and its close. */
public record TrainingRow(FeatureVector features, double close) {}
