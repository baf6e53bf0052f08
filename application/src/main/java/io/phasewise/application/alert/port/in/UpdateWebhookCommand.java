package io.phasewise.application.alert.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Command: {@code owner} replaces every editable field of subscription {@code id} (URL, description,
 * filters, active). With an {@code expectedVersion}, the change applies only to that version of the
 * subscription; a stale one is a conflict.
 */
public record UpdateWebhookCommand(UserId owner, WebhookSubscriptionId id, String url, String description,
    List<AssetId> assets, List<Phase> phases, boolean active, OptionalLong expectedVersion) {
  public UpdateWebhookCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    description = description == null ? "" : description;
    assets = assets == null ? List.of() : List.copyOf(assets);
    phases = phases == null ? List.of() : List.copyOf(phases);
  }
}
