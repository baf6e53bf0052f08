package io.phasewise.domain.shared;

import java.util.Objects;

/**
 * A value built from outside input (a request, a command line) refused it, naming the field: an
 * adapter answers it like {@link Failure.InvalidInput}. Deliberately not an
 * {@link IllegalArgumentException}, which means a programming error.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  public InvalidInputException(String field, String problem) {
    super(Objects.requireNonNull(problem, "problem"), null, false, false);
    this.field = Objects.requireNonNull(field, "field");
    this.problem = problem;
  }

  /** The name of the refused field, as the input spells it. */
  public String field() {
    return field;
  }

  /** What is wrong with it. */
  public String problem() {
    return problem;
  }
}
