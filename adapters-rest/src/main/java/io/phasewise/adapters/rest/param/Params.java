package io.phasewise.adapters.rest.param;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.problem.FieldErrors;
import java.util.function.Function;

/**
 * Strict readers of request values given as text: a value that does not fit fails naming its
 * parameter or field, instead of silently falling back to a default.
 */
public final class Params {
  private Params() {}

  /** {@code true} or {@code false} (any case); anything else is rejected. */
  public static boolean bool(String name, String raw) {
    if ("true".equalsIgnoreCase(raw)) return true;
    if ("false".equalsIgnoreCase(raw)) return false;
    throw FailureException.invalid(name, "must be true or false, not '" + raw + "'");
  }

  /** The constant whose code is exactly {@code raw}; rejects any other value, naming the allowed ones. */
  public static <E extends Enum<E>> E oneOf(String name, String raw, E[] values, Function<E, String> code) {
    return FieldErrors.byCode(raw, values, code)
        .orElseThrow(() -> FailureException.invalid(name, FieldErrors.oneOfProblem(raw, values, code)));
  }
}
