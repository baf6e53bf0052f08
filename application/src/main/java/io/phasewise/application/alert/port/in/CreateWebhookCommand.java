package io.phasewise.application.alert.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.util.List;
import java.util.Objects;

/**
 * Command: {@code owner} subscribes {@code url} to phase events. Empty {@code assets} means every
 * asset, empty {@code phases} every target phase. The URL is checked (and its host resolved) by the
 * use case, which names the URL and the reason when it refuses it.
 */
public record CreateWebhookCommand(UserId owner, String url, String description, List<AssetId> assets, List<Phase> phases) {
  public CreateWebhookCommand {
    Objects.requireNonNull(owner, "owner");
    description = description == null ? "" : description;
    assets = assets == null ? List.of() : List.copyOf(assets);
    phases = phases == null ? List.of() : List.copyOf(phases);
  }
}
