package io.phasewise.adapters.persistence.shared;

import java.util.Optional;

/** Adapter infrastructure: decoding the code of an enum read from a column. Not an API for applications. */
public final class StoredCodes {
  private StoredCodes() {}

  /**
   * The value {@code code} decodes to; a code that decodes to nothing is a row the adapter did not
   * write (or a schema ahead of the code), so it fails loudly with the {@code kind} of value.
   */
  public static <T> T known(Optional<T> value, String kind, String code) {
    return value.orElseThrow(() -> new IllegalStateException("unknown " + kind + " stored: " + code));
  }
}
