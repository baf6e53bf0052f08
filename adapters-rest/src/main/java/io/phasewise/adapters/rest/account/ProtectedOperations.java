package io.phasewise.adapters.rest.account;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;

/**
 * Binds the {@link UserOnlyFilter} to every operation that carries a {@link SecurityRequirement} (on
 * its method or its class): the requirement the OpenAPI document shows is the one enforced, so the
 * two cannot drift apart, and an anonymous request is answered 401 before its body is read.
 */
public final class ProtectedOperations implements DynamicFeature {
  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    if (secured(resource.getResourceMethod()) || secured(resource.getResourceClass())) {
      context.register(new UserOnlyFilter(), Priorities.AUTHORIZATION);
    }
  }

  private static boolean secured(AnnotatedElement element) {
    return element.isAnnotationPresent(SecurityRequirement.class)
        || element.isAnnotationPresent(SecurityRequirements.class);
  }
}
