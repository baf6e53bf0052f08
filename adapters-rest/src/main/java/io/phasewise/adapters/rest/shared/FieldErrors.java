package io.phasewise.adapters.rest.shared;

import io.phasewise.domain.shared.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Collects every bad field of a request body, so one 400 names them all rather than only the first. */
public final class FieldErrors {
  private final List<Failure.FieldError> errors = new ArrayList<>();

  public void add(String field, String problem) {
    errors.add(new Failure.FieldError(field, problem));
  }

  /** The constant whose code is {@code raw}; {@code null} when {@code raw} is null or (recorded as an error) unknown. */
  public <E extends Enum<E>> E code(String field, String raw, E[] values, Function<E, String> code) {
    if (raw == null) return null;
    E found = Params.byCode(raw, values, code).orElse(null);
    if (found == null) add(field, Params.oneOfProblem(raw, values, code));
    return found;
  }

  /** Fails with every collected error, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) throw new FailureException(failure());
  }

  Failure.InvalidInput failure() {
    String message = errors.stream().map(e -> e.field() + ": " + e.problem()).collect(Collectors.joining("; "));
    return new Failure.InvalidInput(message, errors);
  }
}
