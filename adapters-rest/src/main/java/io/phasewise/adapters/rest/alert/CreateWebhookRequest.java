package io.phasewise.adapters.rest.alert;

import io.phasewise.adapters.rest.param.AssetIds;
import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of POST /api/webhooks. */
@Schema(name = "CreateWebhookRequest")
record CreateWebhookRequest(
    @NotBlank @Size(max = 2048)
    @Schema(example = "https://hooks.example.com/phasewise", description = "http or https URL of a public address")
    String url,
    @Size(max = 500) String description,
    @Size(max = 1000) @Schema(description = "asset ids to send events of; omitted or empty = every asset") List<Long> assets,
    @Size(max = 3) @Schema(description = "target phases to send (COOP, DEFECT, FORGIVE); omitted or empty = every phase")
    List<String> phases) {

  CreateWebhookCommand toCommand(UserId owner) {
    FieldErrors errors = new FieldErrors();
    List<AssetId> assetFilter = AssetIds.listed(assets, errors);
    List<Phase> phaseFilter = WebhookRequests.phases(phases, errors);
    errors.throwIfAny();
    return new CreateWebhookCommand(owner, url, description, assetFilter, phaseFilter);
  }
}
