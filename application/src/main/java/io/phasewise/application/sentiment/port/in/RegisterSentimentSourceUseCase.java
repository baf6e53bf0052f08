package io.phasewise.application.sentiment.port.in;

import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: register a sentiment source; fails with a conflict naming it when the name is taken (in any case). */
public interface RegisterSentimentSourceUseCase {
  Either<Failure, SentimentSource> register(RegisterSentimentSourceCommand command);
}
