package io.phasewise.application.alert.service;

import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.application.alert.port.in.ManageWebhooksUseCase;
import io.phasewise.application.alert.port.in.UpdateWebhookCommand;
import io.phasewise.application.alert.port.out.ResolveHostPort;
import io.phasewise.application.alert.port.out.StaleWebhookSubscriptionException;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookRejection;
import io.phasewise.domain.alert.WebhookSecret;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Manages users' webhook subscriptions. A URL is checked against the policy with its host resolved
 * before any transaction starts (name lookups can be slow); every change is one transaction.
 */
public final class ManageWebhooksService implements ManageWebhooksUseCase {
  /** Most subscriptions one user may have. */
  public static final int MAX_PER_OWNER = 100;

  private final WebhookSubscriptionsPort subscriptions;
  private final LoadAssetsPort assets;
  private final WebhookUrls urls;
  private final TransactionPort tx;
  private final Clock clock;
  private final SecureRandom random;
  private final IdGenerator ids;

  public ManageWebhooksService(WebhookSubscriptionsPort subscriptions, LoadAssetsPort assets, WebhookUrlPolicy policy,
      ResolveHostPort resolver, TransactionPort tx, Clock clock, SecureRandom random, IdGenerator ids) {
    this.subscriptions = subscriptions;
    this.assets = assets;
    this.urls = new WebhookUrls(policy, resolver);
    this.tx = tx;
    this.clock = clock;
    this.random = random;
    this.ids = ids;
  }

  @Override
  public Either<Failure, WebhookSubscription> create(CreateWebhookCommand command) {
    return validate(command.url(), command.description(), command.assets(), command.phases())
        .flatMap(input -> tx.inTransactionEither(() -> {
          if (subscriptions.ownedBy(command.owner()).size() >= MAX_PER_OWNER) {
            return Either.left(new Failure.Conflict("a user may have at most " + MAX_PER_OWNER + " webhooks"));
          }
          WebhookSubscription created = WebhookSubscription.create(new WebhookSubscriptionId(ids.next()), command.owner(),
              input.url(), WebhookSecret.generate(random), input.description(), input.assets(), input.phases(),
              clock.instant());
          subscriptions.add(created);
          return Either.right(created);
        }));
  }

  @Override
  public List<WebhookSubscription> list(UserId owner) {
    return subscriptions.ownedBy(owner);
  }

  @Override
  public Either<Failure, WebhookSubscription> get(UserId owner, WebhookSubscriptionId id) {
    return owned(owner, id);
  }

  @Override
  public Either<Failure, WebhookSubscription> update(UpdateWebhookCommand command) {
    return validate(command.url(), command.description(), command.assets(), command.phases())
        .flatMap(input -> change(command.owner(), command.id(), command.expectedVersion(), current -> current.edit(
            input.url(), input.description(), input.assets(), input.phases(), command.active(), clock.instant())));
  }

  @Override
  public Either<Failure, WebhookSubscription> rotateSecret(UserId owner, WebhookSubscriptionId id) {
    return change(owner, id, OptionalLong.empty(),
        current -> current.rotateSecret(WebhookSecret.generate(random), clock.instant()));
  }

  @Override
  public Either<Failure, WebhookSubscriptionId> delete(UserId owner, WebhookSubscriptionId id) {
    return tx.inTransactionEither(() -> owned(owner, id).map(own -> {
      subscriptions.delete(own.id());
      return own.id();
    }));
  }

  /** Applies {@code edit} to the owner's subscription in one transaction, if it is at the expected version. */
  private Either<Failure, WebhookSubscription> change(UserId owner, WebhookSubscriptionId id, OptionalLong expectedVersion,
      UnaryOperator<WebhookSubscription> edit) {
    return tx.inTransactionEither(() -> owned(owner, id).flatMap(current -> {
      if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
        return Either.left(new Failure.Conflict("webhook " + id + " is at version " + current.version()
            + ", not at the expected version " + expectedVersion.getAsLong()));
      }
      try {
        return Either.right(subscriptions.update(edit.apply(current)));
      } catch (StaleWebhookSubscriptionException e) {
        return Either.left(new Failure.Conflict(e.getMessage()));
      }
    }));
  }

  private Either<Failure, WebhookSubscription> owned(UserId owner, WebhookSubscriptionId id) {
    return owned(subscriptions, owner, id);
  }

  /** The subscription when {@code owner} owns it; not found when it is missing or someone else's. */
  static Either<Failure, WebhookSubscription> owned(WebhookSubscriptionsPort subscriptions, UserId owner,
      WebhookSubscriptionId id) {
    Optional<WebhookSubscription> found = subscriptions.find(id).filter(s -> s.owner().equals(owner));
    return found.<Either<Failure, WebhookSubscription>>map(Either::right)
        .orElseGet(() -> Either.left(new Failure.NotFound("webhook", id.toString())));
  }

  /** The editable fields, each checked; one invalid-input failure names every bad one. */
  private Either<Failure, Input> validate(String url, String description, List<AssetId> filterAssets,
      List<Phase> filterPhases) {
    List<Failure.FieldError> errors = new ArrayList<>();
    Either<String, URI> checkedUrl = urls.accept(url);
    if (checkedUrl.isLeft()) errors.add(new Failure.FieldError("url", checkedUrl.getLeft()));
    String text = description.strip();
    Set<AssetId> wanted = new LinkedHashSet<>(filterAssets);
    List<WebhookRejection> refused = WebhookSubscription.refusals(text, wanted);
    refused.forEach(rejection -> errors.add(WebhookRejections.fieldError(rejection)));
    if (refused.stream().noneMatch(WebhookRejection.TooManyAssets.class::isInstance)) {
      Map<AssetId, ?> registered = wanted.isEmpty() ? Map.of() : assets.findByIds(wanted);
      String unknown = wanted.stream().filter(a -> !registered.containsKey(a)).map(AssetId::toString)
          .collect(Collectors.joining(", "));
      if (!unknown.isEmpty()) errors.add(new Failure.FieldError("assets", "no such asset: " + unknown));
    }
    if (!errors.isEmpty()) {
      String message = errors.stream().map(e -> e.field() + ": " + e.problem()).collect(Collectors.joining("; "));
      return Either.left(new Failure.InvalidInput(message, errors));
    }
    return Either.right(new Input(checkedUrl.get(), text, wanted, Set.copyOf(filterPhases)));
  }

  private record Input(URI url, String description, Set<AssetId> assets, Set<Phase> phases) {}
}
