package io.phasewise.domain.shared;

import java.util.Optional;

/**
 * Rule for text that comes from outside (a request, a file, a command line): no control characters
 * (NUL and the rest of U+0000..U+001F, U+007F..U+009F; PostgreSQL cannot even store a NUL in text),
 * no lone UTF-16 surrogates (they are no character at all), and a maximum length per kind of field.
 */
public final class InputText {
  /** Names, symbols, sources, keys: one line a person reads. */
  public static final int NAME = 200;
  /** Values such as a link or an identifier at a provider. */
  public static final int VALUE = 2048;
  /** Free text such as a description. */
  public static final int PROSE = 10_000;

  private InputText() {}

  /** What is wrong with {@code text} as an input of at most {@code maxLength} characters, or empty; null is fine. */
  public static Optional<String> problem(String text, int maxLength) {
    if (text == null) return Optional.empty();
    if (text.length() > maxLength) return Optional.of("must be at most " + maxLength + " characters, not " + text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of(String.format("must not contain control characters (U+%04X at position %d)", (int) c, i + 1));
      }
      if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
        return Optional.of("must not contain a lone UTF-16 surrogate (position " + (i + 1) + ")");
      }
      if (Character.isHighSurrogate(c)) i++;
    }
    return Optional.empty();
  }

  /** {@code text} when it is acceptable; otherwise an {@link InvalidInputException} naming {@code field}. */
  public static String require(String field, String text, int maxLength) {
    problem(text, maxLength).ifPresent(p -> {
      throw new InvalidInputException(field, field + " " + p);
    });
    return text;
  }

  private static boolean pairedSurrogate(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
