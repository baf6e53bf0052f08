package io.phasewise.adapters.rest.alert;

import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.alert.port.in.UpdateWebhookCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.OptionalLong;

/** Body of PUT /api/webhooks/{id}: every editable field (omitted filters = every asset, every phase). */
@Schema(name = "UpdateWebhookRequest")
record UpdateWebhookRequest(
    @NotBlank @Size(max = 2048) @Schema(example = "https://hooks.example.com/phasewise") String url,
    @Size(max = 500) String description,
    @Size(max = 1000) List<Long> assets,
    @Size(max = 3) List<String> phases,
    @Schema(description = "false pauses the webhook (default true)") Boolean active,
    @PositiveOrZero @Schema(description = "the version this change is based on; a newer stored version is a 409")
    Long version) {

  UpdateWebhookCommand toCommand(UserId owner, WebhookSubscriptionId id) {
    FieldErrors errors = new FieldErrors();
    List<AssetId> assetFilter = AssetIds.listed(assets, errors);
    List<Phase> phaseFilter = WebhookRequests.phases(phases, errors);
    errors.throwIfAny();
    return new UpdateWebhookCommand(owner, id, url, description, assetFilter, phaseFilter, active == null || active,
        version == null ? OptionalLong.empty() : OptionalLong.of(version));
  }
}
