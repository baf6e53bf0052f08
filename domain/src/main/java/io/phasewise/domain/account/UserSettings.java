package io.phasewise.domain.account;

import io.phasewise.domain.shared.InputText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's free-form preferences (stored as {@code jsonb}): a JSON object as a map whose
 * values are JSON values, i.e. {@code null}, {@link String}, {@link Boolean}, a number ({@link Integer},
 * {@link Long}, {@link Double}, {@link BigInteger}, {@link BigDecimal}), a {@link List} of JSON values
 * or a {@link Map} with string keys of JSON values. Immutable (copied deeply) and bounded in size, so
 * a user cannot store an unbounded document.
 */
public record UserSettings(Map<String, Object> values) {
  /** Deepest nesting of objects and arrays. */
  public static final int MAX_DEPTH = 8;
  /** Most values (of every level together) in one settings document. */
  public static final int MAX_VALUES = 1_000;
  /** Longest key or string value. */
  public static final int MAX_TEXT = 10_000;

  public static final UserSettings EMPTY = new UserSettings(Map.of());

  public UserSettings {
    Objects.requireNonNull(values, "settings");
    values = copyObject(values, 1, new int[] {0});
  }

  /** Settings made of these values; throws {@link IllegalArgumentException} naming the first offending key. */
  public static UserSettings of(Map<String, ?> values) {
    return new UserSettings(new LinkedHashMap<>(values));
  }

  /**
   * These settings with {@code patch} applied as a JSON merge patch (RFC 7396): a {@code null} value
   * removes the key, an object merges into an object recursively, anything else replaces.
   */
  public UserSettings merge(UserSettings patch) {
    return new UserSettings(mergeObject(values, patch.values));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mergeObject(Map<String, Object> target, Map<String, Object> patch) {
    Map<String, Object> merged = new LinkedHashMap<>(target);
    patch.forEach((key, value) -> {
      if (value == null) {
        merged.remove(key);
      } else if (value instanceof Map<?, ?> object) {
        Map<String, Object> base = merged.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        merged.put(key, mergeObject(base, (Map<String, Object>) object));
      } else {
        merged.put(key, value);
      }
    });
    return merged;
  }

  private static Map<String, Object> copyObject(Map<?, ?> object, int depth, int[] count) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("settings keys must be strings, not " + entry.getKey());
      }
      if (key.length() > MAX_TEXT) throw new IllegalArgumentException("settings key longer than " + MAX_TEXT + " characters");
      refuseUnclean("settings key", key);
      copy.put(key, copyValue(key, entry.getValue(), depth, count));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(String key, Object value, int depth, int[] count) {
    if (++count[0] > MAX_VALUES) throw new IllegalArgumentException("settings hold more than " + MAX_VALUES + " values");
    if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof BigInteger || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) throw new IllegalArgumentException("settings value of '" + key + "' is not a finite number");
      return d;
    }
    if (value instanceof String s) {
      if (s.length() > MAX_TEXT) throw new IllegalArgumentException("settings value of '" + key + "' is longer than " + MAX_TEXT + " characters");
      refuseUnclean("settings value of '" + key + "'", s);
      return s;
    }
    if (value instanceof Map<?, ?> object) return copyObject(object, nested(depth), count);
    if (value instanceof List<?> array) {
      int inner = nested(depth);
      List<Object> copy = new ArrayList<>(array.size());
      for (Object element : array) copy.add(copyValue(key, element, inner, count));
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException("settings value of '" + key + "' is not a JSON value: " + value.getClass().getSimpleName());
  }

  /** Control characters cannot be stored (PostgreSQL's jsonb refuses a NUL) and mean nothing in a setting. */
  private static void refuseUnclean(String what, String text) {
    InputText.proseProblem(text, MAX_TEXT).ifPresent(problem -> {
      throw new IllegalArgumentException(what + " " + problem);
    });
  }

  /** The depth of an object or array inside one at {@code depth}, if that is still allowed. */
  private static int nested(int depth) {
    if (depth >= MAX_DEPTH) throw new IllegalArgumentException("settings nest deeper than " + MAX_DEPTH + " levels");
    return depth + 1;
  }
}
