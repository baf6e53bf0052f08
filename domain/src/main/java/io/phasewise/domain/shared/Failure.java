package io.phasewise.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * An expected business outcome that is not success: what a use case returns on the left of an
 * {@code Either}. A small, closed set so every adapter can map each kind (HTTP maps them to
 * 400, 404, 409, 403 and 503).
 */
public sealed interface Failure
    permits Failure.InvalidInput, Failure.NotFound, Failure.Conflict, Failure.Forbidden, Failure.Unavailable {

  /** A human-readable sentence saying what went wrong. */
  String message();

  /** One named field of a request and what is wrong with it. */
  record FieldError(String field, String problem) {
    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** The request itself is malformed; {@code errors} names each bad field. */
  record InvalidInput(String message, List<FieldError> errors) implements Failure {
    public InvalidInput {
      Objects.requireNonNull(message, "message");
      errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String problem) {
      return new InvalidInput(field + ": " + problem, List.of(new FieldError(field, problem)));
    }
  }

  /** The thing asked for does not exist (or is not visible to the caller). */
  record NotFound(String kind, String key) implements Failure {
    @Override
    public String message() {
      return kind + " not found: " + key;
    }
  }

  /** The request clashes with the current state (duplicate key, stale version). */
  record Conflict(String message) implements Failure {}

  /** The caller may not do this. */
  record Forbidden(String message) implements Failure {}

  /** A dependency (database, provider) is down; retrying later may succeed. */
  record Unavailable(String message) implements Failure {}
}
