package io.phasewise.adapters.persistence.alert;

import static io.phasewise.adapters.persistence.shared.StoredCodes.known;

import io.phasewise.adapters.persistence.account.AccountValues;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.WebhookSecret;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.util.UUID;

/** Conversions of single alert values to and from their column types, for the mappers of this package (user ids: {@link AccountValues}). */
final class AlertValues {
  private AlertValues() {}

  static UUID uuid(WebhookSubscriptionId id) {
    return id == null ? null : id.value();
  }

  static WebhookSubscriptionId subscriptionId(UUID id) {
    return id == null ? null : WebhookSubscriptionId.of(id);
  }

  static String text(URI url) {
    return url == null ? null : url.toString();
  }

  static URI url(String text) {
    return text == null ? null : URI.create(text);
  }

  static String text(WebhookSecret secret) {
    return secret == null ? null : secret.value();
  }

  static WebhookSecret secret(String text) {
    return text == null ? null : new WebhookSecret(text);
  }

  static String code(Phase phase) {
    return phase == null ? null : phase.code();
  }

  static Phase phase(String code) {
    return code == null ? null : known(Phase.fromCode(code), "phase", code);
  }

  static String code(DeliveryStatus status) {
    return status == null ? null : status.code();
  }

  static DeliveryStatus status(String code) {
    return code == null ? null : known(DeliveryStatus.fromCode(code), "delivery status", code);
  }
}
