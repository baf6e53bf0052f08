package io.phasewise.adapters.providers.statement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header of a CSV file or of one section of it: each column's position, found by name in any case. */
final class CsvColumns {
  private final List<String> names;
  private final Map<String, Integer> positions = new HashMap<>();
  private final Map<String, Integer> asked = new HashMap<>();

  CsvColumns(List<String> names) {
    this.names = List.copyOf(names);
    for (int i = 0; i < names.size(); i++) positions.putIfAbsent(key(names.get(i)), i);
  }

  /** Whether the header names {@code column}. */
  boolean has(String column) {
    return positions.containsKey(key(column));
  }

  /** The position of {@code column}, or -1. */
  int position(String column) {
    // every line asks for the same few names: remembered as asked, not stripped and lower-cased per cell
    Integer at = asked.get(column);
    if (at == null) {
      at = positions.getOrDefault(key(column), -1);
      asked.put(column, at);
    }
    return at;
  }

  /** The first of {@code columns} the header names, or {@code null}. */
  String firstOf(String... columns) {
    for (String column : columns) {
      if (has(column)) return column;
    }
    return null;
  }

  /** The first header name starting with {@code prefix} (any case), or {@code null}: for names carrying a unit, such as {@code Filled Time(UTC+02:00)}. */
  String startingWith(String prefix) {
    String wanted = key(prefix);
    return names.stream().filter(n -> key(n).startsWith(wanted)).findFirst().orElse(null);
  }

  int size() {
    return names.size();
  }

  List<String> names() {
    return names;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
