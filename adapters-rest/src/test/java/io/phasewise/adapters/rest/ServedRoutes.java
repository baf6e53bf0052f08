package io.phasewise.adapters.rest;

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

  /** Every route of {@code config}'s resources whose path starts with {@code prefix}. */
  static Map<String, Set<String>> of(ResourceConfig config, String prefix) {
    Map<String, Set<String>> routes = new TreeMap<>();
    Stream.concat(config.getInstances().stream().map(Object::getClass), config.getClasses().stream())
        .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
        .map(Resource::from)
        .forEach(resource -> collect(resource, "", routes));
    routes.keySet().removeIf(path -> !path.startsWith(prefix));
    return routes;
  }

  private static void collect(Resource resource, String parent, Map<String, Set<String>> routes) {
    String path = join(parent, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      routes.computeIfAbsent(path, p -> new TreeSet<>()).add(method.getHttpMethod().toLowerCase(java.util.Locale.ROOT));
    }
    resource.getChildResources().forEach(child -> collect(child, path, routes));
  }

  private static String join(String parent, String path) {
    String template = path == null ? "" : path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    String joined = (parent + "/" + template).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
