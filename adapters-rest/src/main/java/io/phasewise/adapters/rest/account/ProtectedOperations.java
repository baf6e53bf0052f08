package io.phasewise.adapters.rest.account;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Binds the {@link AccessFilter} to every operation that carries a {@link SecurityRequirement} (on its method
 * or its class), with the {@link RequiredAccess} that requirement declares: the requirement the OpenAPI
 * document shows is the one enforced, so the two cannot drift apart, and a request without the right token
 * is answered 401 or 403 before its body is read.
 */
public final class ProtectedOperations implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RequiredAccess.of(resource.getResourceClass(), resource.getResourceMethod())
        .ifPresent(required -> context.register(new AccessFilter(required), Priorities.AUTHORIZATION));
  }
}
