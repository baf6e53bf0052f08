package io.phasewise.adapters.rest.problem;

import io.phasewise.domain.shared.Failure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    E found = byCode(raw, values, code).orElse(null);
    if (found == null) add(field, oneOfProblem(raw, values, code));
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

  /** The constant whose code is exactly {@code raw}, if any. */
  public static <E extends Enum<E>> Optional<E> byCode(String raw, E[] values, Function<E, String> code) {
    return Arrays.stream(values).filter(v -> code.apply(v).equals(raw)).findFirst();
  }

  /** What to say about a value that is none of the codes. */
  public static <E extends Enum<E>> String oneOfProblem(String raw, E[] values, Function<E, String> code) {
    return "must be one of " + Arrays.stream(values).map(code).collect(Collectors.joining(", ")) + ", not '" + raw + "'";
  }
}
