package io.phasewise.adapters.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The routes an API configuration really serves, read from Jersey's resource model of every
 * registered resource: path template (without regular expressions) to its HTTP methods, lower case.
 */
final class ServedRoutes {
  private ServedRoutes() {}

  /** One Java method serving one HTTP method on one path, hidden variants (another media type) included. */
  record Route(String path, String method, Class<?> type, Method javaMethod) {
    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  /** Every route of {@code config}'s resources whose path starts with {@code prefix}. */
  static Map<String, Set<String>> of(ResourceConfig config, String prefix) {
    Map<String, Set<String>> routes = new TreeMap<>();
    methods(resourceClasses(config), prefix).forEach(r -> routes.computeIfAbsent(r.path(), p -> new TreeSet<>()).add(r.method()));
    return routes;
  }

  /** The resource classes {@code config} registers. */
  static List<Class<?>> resourceClasses(ResourceConfig config) {
    return Stream.concat(config.getInstances().stream().map(Object::getClass), config.getClasses().stream())
        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
        .toList();
  }

  /** Every Java method of {@code resources} serving a path that starts with {@code prefix}. */
  static List<Route> methods(Collection<Class<?>> resources, String prefix) {
    List<Route> routes = new ArrayList<>();
    resources.forEach(type -> collect(Resource.from(type), "", type, routes));
    routes.removeIf(route -> !route.path().startsWith(prefix));
    return routes;
  }

  private static void collect(Resource resource, String parent, Class<?> type, List<Route> routes) {
    String path = join(parent, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      routes.add(new Route(path, method.getHttpMethod().toLowerCase(Locale.ROOT), type,
          method.getInvocable().getDefinitionMethod()));
    }
    resource.getChildResources().forEach(child -> collect(child, path, type, routes));
  }

  private static String join(String parent, String path) {
    String template = path == null ? "" : path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    String joined = (parent + "/" + template).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
