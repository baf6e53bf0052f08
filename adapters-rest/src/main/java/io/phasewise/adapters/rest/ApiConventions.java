package io.phasewise.adapters.rest;

import io.phasewise.adapters.rest.csv.FormatQueryFilter;
import io.phasewise.adapters.rest.paging.NextPageLinkFilter;
import io.phasewise.adapters.rest.param.ParameterHygieneFilter;
import io.phasewise.adapters.rest.param.ParameterNames;
import io.phasewise.adapters.rest.problem.ProblemResponses;
import io.phasewise.adapters.rest.shared.ObjectMapperResolver;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * Feature: what every resource of the API shares: the JSON configuration, Bean Validation with
 * client-facing field names, input rules for every parameter and body value, problem+json for every error, paging links and {@code ?format=}.
 */
public final class ApiConventions implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    context.register(JacksonFeature.withoutExceptionMappers());
    context.register(new ObjectMapperResolver());
    context.register(ValidationFeature.class);
    context.register(new ParameterNames());
    context.register(new ParameterHygieneFilter());
    context.register(new ProblemResponses());
    context.register(new NextPageLinkFilter());
    context.register(new FormatQueryFilter());
    return true;
  }
}
