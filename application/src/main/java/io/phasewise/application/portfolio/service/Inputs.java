package io.phasewise.application.portfolio.service;

import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import io.vavr.control.Either;
import java.util.function.Supplier;

/** Builds a domain value from a caller's input, a refusal of that input becoming an invalid-input failure. */
final class Inputs {
  private Inputs() {}

  static <T> Either<Failure, T> checked(Supplier<T> build) {
    try {
      return Either.right(build.get());
    } catch (InvalidInputException refused) {
      return Either.left(Failure.InvalidInput.of(refused.field(), refused.problem()));
    }
  }
}
