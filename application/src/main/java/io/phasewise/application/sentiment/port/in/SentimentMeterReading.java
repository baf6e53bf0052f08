package io.phasewise.application.sentiment.port.in;

import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.util.Objects;

/** An asset's sentiment meter together with the weights it was computed with, so readers can explain it. */
public record SentimentMeterReading(SentimentMeter meter, SentimentWeights weights) {
  public SentimentMeterReading {
    Objects.requireNonNull(meter, "meter");
    Objects.requireNonNull(weights, "weights");
  }
}
