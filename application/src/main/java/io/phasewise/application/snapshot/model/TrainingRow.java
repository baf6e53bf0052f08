package io.phasewise.application.snapshot.model;

import io.phasewise.domain.snapshot.FeatureVector;

/** One row of model-training data (the feature vector a model trains on): a bar's features and its close. */
public record TrainingRow(FeatureVector features, double close) {}
