package io.phasewise.adapters.rest.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A webhook subscription as its owner sees it; the secret only in the answers to create and rotate. */
@Schema(name = "Webhook")
record WebhookJson(
    String id,
    @Schema(example = "https://hooks.example.com/phasewise") String url,
    String description,
    @Schema(description = "asset ids whose phase events are sent; empty = every asset") List<Long> assets,
    @Schema(description = "target phases (COOP, DEFECT, FORGIVE) that are sent; empty = every phase") List<String> phases,
    boolean active,
    @Schema(description = "counts changes; send it back in PUT to refuse overwriting a newer change") long version,
    Instant createdAt,
    Instant updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "HMAC-SHA256 key of Phasewise-Signature; shown only when created or rotated")
    String secret) {

  static WebhookJson of(WebhookSubscription s) {
    return of(s, null);
  }

  static WebhookJson withSecret(WebhookSubscription s) {
    return of(s, s.secret().value());
  }

  private static WebhookJson of(WebhookSubscription s, String secret) {
    return new WebhookJson(s.id().toString(), s.url().toString(), s.description(),
        s.assetsInOrder().stream().map(AssetId::value).toList(), s.phasesInOrder().stream().map(Phase::code).toList(),
        s.active(), s.version(), s.createdAt(), s.updatedAt(), secret);
  }
}
