package io.phasewise.domain.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a delivery stands: PENDING (an attempt is due at its next attempt time), DELIVERED (a 2xx
 * arrived) or FAILED (given up). {@link #code()} is the stored and API name.
 */
public enum DeliveryStatus {
  PENDING, DELIVERED, FAILED;

  public String code() {
    return name();
  }

  /** The status with this code (case-insensitive), if any. */
  public static Optional<DeliveryStatus> fromCode(String code) {
    if (code == null) return Optional.empty();
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.code().equals(wanted)).findFirst();
  }
}
