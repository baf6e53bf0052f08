package io.phasewise.domain.shared;

import java.util.Map;
import java.util.Optional;

/**
 * Rule for text that comes from outside (a request, a file, a command line): no control characters
 * (NUL and the rest of U+0000..U+001F, U+007F..U+009F; PostgreSQL cannot even store a NUL in text),
 * no lone UTF-16 surrogates (they are no character at all), and a maximum length per kind of field.
 * Free text ({@link #proseProblem}) may also hold tabs and line breaks.
 */
public final class InputText {
  /** Names, symbols, sources, keys: one line a person reads. */
  public static final int NAME = 200;
  /** Values such as a link or an identifier at a provider. */
  public static final int VALUE = 2048;
  /** Free text such as a description. */
  public static final int PROSE = 10_000;
  /** Most entries of a map of free facts (metadata, links, identifiers at other providers). */
  public static final int MAX_ENTRIES = 50;

  private InputText() {}

  /** What is wrong with {@code text} as an input of at most {@code maxLength} characters, or empty; null is fine. */
  public static Optional<String> problem(String text, int maxLength) {
    return problem(text, maxLength, false);
  }

  /** Like {@link #problem(String, int)}, but tabs, line feeds and carriage returns are allowed: free text. */
  public static Optional<String> proseProblem(String text, int maxLength) {
    return problem(text, maxLength, true);
  }

  private static Optional<String> problem(String text, int maxLength, boolean prose) {
    if (text == null) return Optional.empty();
    if (text.length() > maxLength) return Optional.of("must be at most " + maxLength + " characters, not " + text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && !(prose && (c == '\t' || c == '\n' || c == '\r'))) {
        return Optional.of(String.format("must not contain control characters (U+%04X at position %d)", (int) c, i + 1));
      }
      if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
        return Optional.of("must not contain a lone UTF-16 surrogate (position " + (i + 1) + ")");
      }
      if (Character.isHighSurrogate(c)) i++;
    }
    return Optional.empty();
  }

  /**
   * What is wrong with {@code facts} as a map of free facts, or empty: at most {@link #MAX_ENTRIES}
   * entries, keys of at most {@link #NAME} and values of at most {@link #VALUE} characters, no nulls.
   */
  public static Optional<String> problem(Map<String, String> facts) {
    if (facts == null) return Optional.empty();
    if (facts.size() > MAX_ENTRIES) return Optional.of("must have at most " + MAX_ENTRIES + " entries, not " + facts.size());
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      if (fact.getKey() == null || fact.getValue() == null) return Optional.of("must map names to text, without nulls");
      Optional<String> key = problem(fact.getKey(), NAME).map(p -> "key " + p);
      if (key.isPresent()) return key;
      Optional<String> value = problem(fact.getValue(), VALUE).map(p -> "value of '" + fact.getKey() + "' " + p);
      if (value.isPresent()) return value;
    }
    return Optional.empty();
  }

  /** {@code text} when it is acceptable; otherwise an {@link InvalidInputException} naming {@code field}. */
  public static String require(String field, String text, int maxLength) {
    refuse(field, problem(text, maxLength));
    return text;
  }

  /** {@code text} when it is acceptable free text; otherwise an {@link InvalidInputException} naming {@code field}. */
  public static String requireProse(String field, String text, int maxLength) {
    refuse(field, proseProblem(text, maxLength));
    return text;
  }

  /** {@code facts} when they are acceptable; otherwise an {@link InvalidInputException} naming {@code field}. */
  public static Map<String, String> require(String field, Map<String, String> facts) {
    refuse(field, problem(facts));
    return facts;
  }

  private static void refuse(String field, Optional<String> problem) {
    problem.ifPresent(p -> {
      throw new InvalidInputException(field, field + " " + p);
    });
  }

  /**
   * {@code text} made safe to store and show when it quotes outside input (a rejection reason): every
   * control character and lone surrogate written as {@code \\uXXXX}, and cut to {@code maxLength}
   * characters with a trailing {@code …}.
   */
  public static String printable(String text, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength) + 8);
    for (int i = 0; i < text.length() && out.length() < maxLength; i++) {
      char c = text.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && pairedSurrogate(text, i);
      if (Character.isISOControl(c) || (Character.isSurrogate(c) && !paired)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
        if (paired) out.append(text.charAt(++i));
      }
    }
    if (out.length() < text.length() && out.length() >= maxLength) {
      out.setLength(maxLength - 1);
      out.append('…');
    }
    return out.toString();
  }

  private static boolean pairedSurrogate(String text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
  }
}
