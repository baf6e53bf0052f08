package io.phasewise.adapters.rest.param;

import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.glassfish.jersey.server.validation.ValidationConfig;

/**
 * Names resource-method parameters in validation errors as clients know them: the query, path,
 * header or form name, and {@code body} for the entity, so problems never say {@code arg2}.
 */
public final class ParameterNames implements ContextResolver<ValidationConfig>, ParameterNameProvider {
  private final ValidationConfig config = new ValidationConfig().parameterNameProvider(this);

  @Override
  public ValidationConfig getContext(Class<?> type) {
    return config;
  }

  @Override
  public List<String> getParameterNames(Constructor<?> constructor) {
    return names(constructor);
  }

  @Override
  public List<String> getParameterNames(Method method) {
    return names(method);
  }

  private static List<String> names(Executable executable) {
    List<String> names = new ArrayList<>();
    for (Annotation[] annotations : executable.getParameterAnnotations()) names.add(name(annotations));
    return names;
  }

  private static String name(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) return q.value();
      if (a instanceof PathParam p) return p.value();
      if (a instanceof HeaderParam h) return h.value();
      if (a instanceof FormParam f) return f.value();
      if (a instanceof FormDataParam f) return f.value();
    }
    return "body";
  }
}
