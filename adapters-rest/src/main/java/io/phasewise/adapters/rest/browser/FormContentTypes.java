package io.phasewise.adapters.rest.browser;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Binds a {@link FormContentFilter} to every state-changing operation, with the form types its {@code @Consumes} names. */
final class FormContentTypes implements DynamicFeature {
  private static final List<Class<? extends Annotation>> STATE_CHANGING =
      List.of(POST.class, PUT.class, PATCH.class, DELETE.class);

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (STATE_CHANGING.stream().noneMatch(method::isAnnotationPresent)) return;
    Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
        : resource.getResourceClass().getAnnotation(Consumes.class);
    Set<String> declared = consumes == null ? Set.of() : Arrays.stream(consumes.value())
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(value -> MediaType.valueOf(value.strip()))
        .map(type -> type.getType() + "/" + type.getSubtype())
        .filter(FormContentFilter.FORM_TYPES::contains)
        .collect(Collectors.toUnmodifiableSet());
    context.register(new FormContentFilter(declared), Priorities.HEADER_DECORATOR);
  }
}
