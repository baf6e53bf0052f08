package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.account.UserSettings;
import java.util.Map;

/** Reads the {@code settings} object of a request body into domain settings, recording why it is refused. */
final class SettingsField {
  private SettingsField() {}

  /** The settings of {@code raw} (empty when absent), or null with the problem recorded in {@code errors}. */
  static UserSettings read(Map<String, Object> raw, FieldErrors errors) {
    if (raw == null) return UserSettings.EMPTY;
    try {
      return UserSettings.of(raw);
    } catch (IllegalArgumentException e) {
      errors.add("settings", e.getMessage());
      return null;
    }
  }
}
