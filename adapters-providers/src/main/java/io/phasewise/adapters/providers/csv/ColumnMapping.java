package io.phasewise.adapters.providers.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each candle field sits in a row: by header name or by 0-based index. Immutable. */
final class ColumnMapping {

  /** One field's column: a header name, or an index when {@code name} is {@code null}. */
  record Ref(String name, int index) {}

  /** The mapping applied to one file: cell index and reason label per field, and how many cells a row needs. */
  record Resolved(int[] index, String[] label, int columns, boolean exactColumnCount) {
    boolean mapped(CandleField field) {
      return index[field.ordinal()] >= 0;
    }
  }

  private final Map<CandleField, Ref> refs;

  ColumnMapping(Map<CandleField, Ref> refs) {
    EnumMap<CandleField, Ref> copy = new EnumMap<>(CandleField.class);
    copy.putAll(refs);
    for (CandleField field : CandleField.values()) {
      if (field.required() && !copy.containsKey(field)) {
        throw new IllegalArgumentException("no column mapped for " + field);
      }
    }
    this.refs = copy;
  }

  boolean mapsByName() {
    return refs.values().stream().anyMatch(ref -> ref.name() != null);
  }

  /** Resolves the mapping against a file's header, or against headerless rows when {@code header} is {@code null}. */
  Resolved resolve(List<String> header, String origin) {
    int[] index = new int[CandleField.values().length];
    String[] label = new String[index.length];
    Arrays.fill(index, -1);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<CandleField, Ref> entry : refs.entrySet()) {
      CandleField field = entry.getKey();
      int at = columnOf(field, entry.getValue(), header, problems);
      if (at < 0) continue;
      index[field.ordinal()] = at;
      label[field.ordinal()] = header == null || header.get(at).isEmpty() ? field.label() : header.get(at);
    }
    if (!problems.isEmpty()) {
      throw new CsvHeaderException(origin, "header '" + String.join(",", header) + "' does not fit: "
          + String.join("; ", problems), expectedColumns());
    }
    return header != null ? new Resolved(index, label, header.size(), true)
        : new Resolved(index, label, Arrays.stream(index).max().orElse(-1) + 1, false);
  }

  /** The cell index of {@code field} in rows under {@code header}, or -1 after recording why there is none. */
  private static int columnOf(CandleField field, Ref ref, List<String> header, List<String> problems) {
    if (ref.name() != null) return find(header, ref.name(), problems);
    if (header != null && ref.index() >= header.size()) {
      problems.add("it has no column " + ref.index() + " for " + field.label());
      return -1;
    }
    return ref.index();
  }

  /** What the header should contain: names of fields mapped by name, and {@code #i} for fields mapped by index. */
  List<String> expectedColumns() {
    List<String> expected = new ArrayList<>();
    refs.values().forEach(ref -> expected.add(ref.name() != null ? ref.name() : "#" + ref.index()));
    return expected;
  }

  private static int find(List<String> header, String name, List<String> problems) {
    int found = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
        if (found >= 0) {
          problems.add("column '" + name + "' appears twice");
          return -1;
        }
        found = i;
      }
    }
    if (found < 0) problems.add("column '" + name + "' is missing");
    return found;
  }
}
