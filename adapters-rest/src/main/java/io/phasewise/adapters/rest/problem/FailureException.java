package io.phasewise.adapters.rest.problem;

import io.phasewise.domain.shared.Failure;

/** Carries a use case's {@link Failure} out of a resource method to the one mapper that turns it into a problem. */
public final class FailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  public FailureException(Failure failure) {
    super(failure.message(), null, false, false);
    this.failure = failure;
  }

  /** A failure naming one bad request field. */
  public static FailureException invalid(String field, String problem) {
    return new FailureException(Failure.InvalidInput.of(field, problem));
  }

  public Failure failure() {
    return failure;
  }
}
