package io.phasewise.application.sentiment.model;

import java.util.Objects;

/**
 * How a row of observations names an asset or a sentiment source: by its id, or by its name (an
 * asset's symbol, a source's name). Exactly one of the two is set.
 *
 * @param id the id, positive, or {@code null} when named
 * @param name the symbol or name, stripped and not blank, or {@code null} when given by id
 */
public record Reference(Long id, String name) {
  public Reference {
    if ((id == null) == (name == null)) throw new IllegalArgumentException("a reference has either an id or a name");
    if (id != null && id <= 0) throw new IllegalArgumentException("an id must be positive: " + id);
    if (name != null) {
      name = name.strip();
      if (name.isEmpty()) throw new IllegalArgumentException("a name must not be blank");
    }
  }

  public static Reference id(long id) {
    return new Reference(id, null);
  }

  public static Reference name(String name) {
    return new Reference(null, Objects.requireNonNull(name, "name"));
  }

  /**
   * The reference written as plain text (a CSV cell): a whole positive number is an id, anything else
   * a name; {@code null} for blank or absent text. A symbol made of digits only is then named by its id.
   */
  public static Reference parse(String text) {
    if (text == null || text.isBlank()) return null;
    String stripped = text.strip();
    if (stripped.chars().allMatch(c -> c >= '0' && c <= '9') && stripped.length() <= 18) {
      long id = Long.parseLong(stripped);
      if (id > 0) return id(id);
    }
    return name(stripped);
  }

  public boolean isId() {
    return id != null;
  }

  /** {@code id 12} or {@code 'AAPL'}, as error messages quote it. */
  @Override
  public String toString() {
    return isId() ? "id " + id : "'" + name + "'";
  }
}
