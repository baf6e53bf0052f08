package io.phasewise.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final URI URL = URI.create("https://hooks.example.com/a");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AssetId AAPL = AssetId.of(1);
  private static final AssetId SPY = AssetId.of(2);

  private static WebhookSubscription subscription(List<AssetId> assets, List<Phase> phases) {
    return WebhookSubscriptionBuilder.aWebhook().postingTo(URL).described(" alerts ").forAssets(assets).forPhases(phases)
        .createdAt(T0).build();
  }

  @Test
  void empty_filters_match_every_asset_and_every_phase() {
    WebhookSubscription all = subscription(List.of(), List.of());

    for (Phase phase : Phase.values()) {
      assertThat(all.matches(AAPL, phase)).isTrue();
      assertThat(all.matches(SPY, phase)).isTrue();
    }
  }

  @Test
  void each_filter_narrows_what_matches() {
    WebhookSubscription aaplDefects = subscription(List.of(AAPL), List.of(Phase.DEFECT));

    assertThat(aaplDefects.matches(AAPL, Phase.DEFECT)).isTrue();
    assertThat(aaplDefects.matches(AAPL, Phase.COOP)).isFalse();
    assertThat(aaplDefects.matches(SPY, Phase.DEFECT)).isFalse();
  }

  @Test
  void an_inactive_subscription_matches_nothing() {
    WebhookSubscription paused = subscription(List.of(), List.of()).deactivate(T0.plusSeconds(5));

    assertThat(paused.active()).isFalse();
    assertThat(paused.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(paused.matches(AAPL, Phase.COOP)).isFalse();
  }

  @Test
  void a_new_subscription_is_active_at_version_zero_with_a_trimmed_description() {
    WebhookSubscription created = subscription(List.of(SPY, AAPL), List.of(Phase.FORGIVE, Phase.COOP));

    assertThat(created.active()).isTrue();
    assertThat(created.version()).isZero();
    assertThat(created.description()).isEqualTo("alerts");
    assertThat(created.assetsInOrder()).containsExactly(AAPL, SPY);
    assertThat(created.phasesInOrder()).containsExactly(Phase.COOP, Phase.FORGIVE);
  }

  @Test
  void editing_replaces_the_editable_fields_and_keeps_identity_secret_and_creation() {
    WebhookSubscription before = subscription(List.of(AAPL), List.of());
    URI other = URI.create("https://other.example/b");

    WebhookSubscription after = before.edit(other, "new", List.of(), List.of(Phase.DEFECT), false, T0.plusSeconds(60));

    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.owner()).isEqualTo(before.owner());
    assertThat(after.secret()).isEqualTo(before.secret());
    assertThat(after.url()).isEqualTo(other);
    assertThat(after.assets()).isEmpty();
    assertThat(after.phases()).containsExactly(Phase.DEFECT);
    assertThat(after.active()).isFalse();
    assertThat(after.createdAt()).isEqualTo(T0);
    assertThat(after.updatedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void rotating_the_secret_changes_only_the_secret_and_the_update_time() {
    WebhookSubscription before = subscription(List.of(), List.of());
    WebhookSecret fresh = WebhookSecret.generate(RANDOM);

    WebhookSubscription after = before.rotateSecret(fresh, T0.plusSeconds(1));

    assertThat(after.secret()).isEqualTo(fresh).isNotEqualTo(before.secret());
    assertThat(after.url()).isEqualTo(before.url());
    assertThat(after.updatedAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void the_update_time_never_goes_back() {
    WebhookSubscription created = subscription(List.of(), List.of());

    assertThat(created.deactivate(T0.minusSeconds(30)).updatedAt()).isEqualTo(T0);
  }

  @Test
  void invariants_are_guarded() {
    WebhookSubscription s = subscription(List.of(), List.of());
    assertThatIllegalArgumentException().isThrownBy(() -> s.edit(URL, "x".repeat(501), List.of(), List.of(), true, T0))
        .withMessageContaining("description");
    List<AssetId> tooMany = IntStream.rangeClosed(1, 1001).mapToObj(AssetId::of).toList();
    assertThatIllegalArgumentException().isThrownBy(() -> s.edit(URL, "", tooMany, List.of(), true, T0));
  }

  @Test
  void generated_secrets_are_32_random_bytes_in_base64url_and_never_printed() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      WebhookSecret secret = WebhookSecret.generate(RANDOM);
      assertThat(secret.value()).matches("[A-Za-z0-9_-]{43}");
      assertThat(java.util.Base64.getUrlDecoder().decode(secret.value())).hasSize(32);
      seen.add(secret.value());
      assertThat(secret.toString()).doesNotContain(secret.value());
    }
    assertThat(seen).hasSize(200);
    assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSecret("short"));
  }

  @Test
  void subscription_ids_parse_only_in_canonical_form() {
    WebhookSubscriptionId id = new WebhookSubscriptionId(UUID.randomUUID());

    assertThat(WebhookSubscriptionId.parse(id.toString())).contains(id);
    assertThat(WebhookSubscriptionId.parse(id.toString().toUpperCase())).contains(id);
    assertThat(WebhookSubscriptionId.parse("1-1-1-1-1")).isEmpty();
    assertThat(WebhookSubscriptionId.parse("nope")).isEmpty();
    assertThat(WebhookSubscriptionId.parse(null)).isEmpty();
  }

  @Test
  void refusals_name_a_long_description_and_a_large_asset_filter_and_the_constructor_would_not_take_them() {
    String longText = " " + "x".repeat(WebhookSubscription.MAX_DESCRIPTION + 1) + " ";
    List<AssetId> many = IntStream.rangeClosed(1, WebhookSubscription.MAX_ASSETS + 1).mapToObj(AssetId::of).toList();

    assertThat(WebhookSubscription.refusals(" " + "x".repeat(WebhookSubscription.MAX_DESCRIPTION) + " ", many.subList(0, 1000)))
        .isEmpty();
    assertThat(WebhookSubscription.refusals(longText, many)).containsExactly(new WebhookRejection.DescriptionTooLong(500),
        new WebhookRejection.TooManyAssets(1000));
    assertThatIllegalArgumentException().isThrownBy(() -> subscription(many, List.of()));
  }
}
