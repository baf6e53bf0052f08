package io.phasewise.application.alert.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.application.alert.port.in.UpdateWebhookCommand;
import io.phasewise.application.alert.port.in.WebhookDeliveriesQuery;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.shared.Failure;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManageWebhooksServiceTest extends WebhookServicesFixture {
  private final UserId bob = new UserId(UUID.randomUUID());

  ManageWebhooksServiceTest() {
    webhooks.resolver.register("intranet.example.com", "10.1.2.3");
  }

  private WebhookSubscription create(UserId owner, String url) {
    return webhooks.useCases.manage().create(new CreateWebhookCommand(owner, url, "desk", List.of(aapl), List.of(Phase.DEFECT))).get();
  }

  private UpdateWebhookCommand edit(UserId owner, WebhookSubscriptionId id, String description, OptionalLong version) {
    return new UpdateWebhookCommand(owner, id, URL, description, List.of(), List.of(Phase.COOP), true, version);
  }

  @Test
  void a_new_subscription_is_active_with_a_fresh_secret_and_its_filters() {
    WebhookSubscription s = create(alice, " " + URL + " ");

    assertThat(s.owner()).isEqualTo(alice);
    assertThat(s.url()).hasToString(URL);
    assertThat(s.active()).isTrue();
    assertThat(s.version()).isZero();
    assertThat(s.assets()).containsExactly(aapl);
    assertThat(s.phases()).containsExactly(Phase.DEFECT);
    assertThat(s.secret().value()).hasSize(43);
    assertThat(s.createdAt()).isEqualTo(T0);
    assertThat(webhooks.useCases.manage().list(alice)).containsExactly(s);
    assertThat(create(alice, URL).secret()).isNotEqualTo(s.secret());
  }

  @Test
  void a_url_resolving_to_a_private_address_is_invalid_input_naming_the_url_and_the_address() {
    var result = webhooks.useCases.manage().create(new CreateWebhookCommand(alice, "https://intranet.example.com/hook", "", List.of(),
        List.of()));

    Failure.InvalidInput invalid = (Failure.InvalidInput) result.getLeft();
    assertThat(invalid.errors()).containsExactly(new Failure.FieldError("url",
        "'https://intranet.example.com/hook' resolves to 10.1.2.3 is a private-network address; webhooks may only call public addresses"));
    assertThat(webhooks.useCases.manage().list(alice)).isEmpty();
  }

  @Test
  void loopback_literals_unknown_hosts_and_other_schemes_are_refused() {
    assertThat(urlProblem("http://127.0.0.1:8080/hook")).contains("loopback");
    assertThat(urlProblem("http://[::1]/hook")).contains("loopback");
    assertThat(urlProblem("http://169.254.169.254/latest/meta-data")).contains("link-local");
    assertThat(urlProblem("https://nowhere.example.com/")).contains("resolves to no address");
    assertThat(urlProblem("ftp://hooks.example.com/")).contains("must be an http or https URL");
  }

  private String urlProblem(String url) {
    Failure failure = webhooks.useCases.manage().create(new CreateWebhookCommand(alice, url, "", List.of(), List.of())).getLeft();
    return ((Failure.InvalidInput) failure).errors().get(0).problem();
  }

  @Test
  void every_bad_field_is_named_at_once() {
    var result = webhooks.useCases.manage().create(new CreateWebhookCommand(alice, "nope", "x".repeat(501),
        List.of(aapl, AssetId.of(404), AssetId.of(405)), List.of()));

    assertThat(((Failure.InvalidInput) result.getLeft()).errors()).extracting(Failure.FieldError::field)
        .containsExactly("url", "description", "assets");
    assertThat(result.getLeft().message()).contains("no such asset: 404, 405");
  }

  @Test
  void a_user_may_have_at_most_a_hundred_webhooks() {
    for (int i = 0; i < ManageWebhooksService.MAX_PER_OWNER; i++) create(alice, URL);

    assertThat(webhooks.useCases.manage().create(new CreateWebhookCommand(alice, URL, "", List.of(), List.of())).getLeft())
        .isInstanceOf(Failure.Conflict.class);
    assertThat(webhooks.useCases.manage().create(new CreateWebhookCommand(bob, URL, "", List.of(), List.of())).isRight()).isTrue();
  }

  @Test
  void an_update_replaces_the_fields_and_checks_the_expected_version() {
    WebhookSubscription s = create(alice, URL);
    clock.advance(Duration.ofMinutes(1));

    WebhookSubscription first = webhooks.useCases.manage().update(edit(alice, s.id(), "first", OptionalLong.of(0))).get();
    var stale = webhooks.useCases.manage().update(edit(alice, s.id(), "stale", OptionalLong.of(0)));
    WebhookSubscription unconditional = webhooks.useCases.manage().update(edit(alice, s.id(), "any", OptionalLong.empty())).get();

    assertThat(first.version()).isEqualTo(1);
    assertThat(first.description()).isEqualTo("first");
    assertThat(first.assets()).isEmpty();
    assertThat(first.phases()).containsExactly(Phase.COOP);
    assertThat(first.updatedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(first.secret()).isEqualTo(s.secret());
    assertThat(stale.getLeft()).isInstanceOf(Failure.Conflict.class);
    assertThat(stale.getLeft().message()).contains("version 1", "expected version 0");
    assertThat(unconditional.version()).isEqualTo(2);
  }

  @Test
  void an_update_to_a_refused_url_changes_nothing() {
    WebhookSubscription s = create(alice, URL);

    var result = webhooks.useCases.manage().update(new UpdateWebhookCommand(alice, s.id(), "http://10.0.0.1/", "", List.of(), List.of(),
        true, OptionalLong.empty()));

    assertThat(result.getLeft()).isInstanceOf(Failure.InvalidInput.class);
    assertThat(webhooks.useCases.manage().get(alice, s.id()).get()).isEqualTo(s);
  }

  @Test
  void rotating_gives_a_new_secret_at_a_new_version() {
    WebhookSubscription s = create(alice, URL);

    WebhookSubscription rotated = webhooks.useCases.manage().rotateSecret(alice, s.id()).get();

    assertThat(rotated.secret()).isNotEqualTo(s.secret());
    assertThat(rotated.version()).isEqualTo(1);
    assertThat(webhooks.useCases.manage().get(alice, s.id()).get().secret()).isEqualTo(rotated.secret());
  }

  @Test
  void another_users_subscription_is_not_found_exactly_like_a_missing_one_and_stays_unchanged() {
    WebhookSubscription bobs = create(bob, URL);
    WebhookSubscriptionId missing = new WebhookSubscriptionId(UUID.randomUUID());

    assertThat(webhooks.useCases.manage().get(alice, bobs.id()).getLeft()).isEqualTo(new Failure.NotFound("webhook", bobs.id().toString()));
    assertThat(webhooks.useCases.manage().get(alice, missing).getLeft()).isEqualTo(new Failure.NotFound("webhook", missing.toString()));
    assertThat(webhooks.useCases.manage().update(edit(alice, bobs.id(), "mine now", OptionalLong.empty())).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(webhooks.useCases.manage().rotateSecret(alice, bobs.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(webhooks.useCases.manage().delete(alice, bobs.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(webhooks.useCases.deliveries().deliveries(new WebhookDeliveriesQuery(alice, bobs.id(), PageRequest.first(10))).getLeft())
        .isInstanceOf(Failure.NotFound.class);
    assertThat(webhooks.useCases.manage().list(alice)).isEmpty();

    assertThat(webhooks.useCases.manage().get(bob, bobs.id()).get()).isEqualTo(bobs);
  }

  @Test
  void deleting_removes_the_subscription_and_its_log() {
    WebhookSubscription s = create(alice, URL);

    assertThat(webhooks.useCases.manage().delete(alice, s.id()).get()).isEqualTo(s.id());
    assertThat(webhooks.useCases.manage().get(alice, s.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(webhooks.useCases.manage().delete(alice, s.id()).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(webhooks.useCases.deliveries().deliveries(new WebhookDeliveriesQuery(alice, s.id(), PageRequest.first(5))).getLeft()).isInstanceOf(Failure.NotFound.class);
  }
}
