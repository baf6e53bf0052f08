package io.phasewise.application.alert.service;

import io.phasewise.application.alert.port.out.ResolveHostPort;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.vavr.control.Either;
import java.net.URI;
import java.util.Objects;

/** The URL policy applied to a URL and the addresses its host resolves to right now. */
final class WebhookUrls {
  private final WebhookUrlPolicy policy;
  private final ResolveHostPort resolver;

  WebhookUrls(WebhookUrlPolicy policy, ResolveHostPort resolver) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** The URL written as {@code text} when the policy accepts it and the addresses of its host; else why not. */
  Either<String, URI> accept(String text) {
    return policy.parse(text).flatMap(this::reachable);
  }

  /** {@code url} when the addresses its host resolves to now are all allowed; else why not. */
  Either<String, URI> reachable(URI url) {
    return policy.check(url, resolver.resolve(url.getHost()));
  }
}
