package io.phasewise.adapters.rest.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    return byCode(raw, values, code).orElseThrow(() -> FailureException.invalid(name, oneOfProblem(raw, values, code)));
  }

  /** The constant whose code is exactly {@code raw}, if any. */
  static <E extends Enum<E>> Optional<E> byCode(String raw, E[] values, Function<E, String> code) {
    return Arrays.stream(values).filter(v -> code.apply(v).equals(raw)).findFirst();
  }

  /** What to say about a value that is none of the codes. */
  static <E extends Enum<E>> String oneOfProblem(String raw, E[] values, Function<E, String> code) {
    return "must be one of " + Arrays.stream(values).map(code).collect(Collectors.joining(", ")) + ", not '" + raw + "'";
  }
}
