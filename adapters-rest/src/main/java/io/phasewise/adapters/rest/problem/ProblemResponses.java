package io.phasewise.adapters.rest.problem;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/** Feature: every exception a request can end in becomes an RFC 9457 problem response; the mappers stay private here. */
public final class ProblemResponses implements Feature {
  @Override
  public boolean configure(FeatureContext context) {
    context.register(new FailureExceptionMapper());
    context.register(new ConstraintViolationMapper());
    context.register(new JsonProblemMapper());
    context.register(new ParamExceptionMapper());
    context.register(new InvalidInputMapper());
    context.register(new PortUnavailableMapper());
    WebApplicationExceptionMapper runtimeRefusals = new WebApplicationExceptionMapper();
    context.register(runtimeRefusals);
    UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper(runtimeRefusals);
    context.register(unexpected);
    context.register(new HeaderValueMapper(unexpected));
    return true;
  }
}
