package io.phasewise.adapters.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's values Maven wrote into {@code api.properties}: the project and Swagger UI versions. */
final class ApiProperties {
  private static final Properties PROPERTIES = load();

  private ApiProperties() {}

  static String get(String name) {
    String value = PROPERTIES.getProperty(name);
    if (value == null) throw new IllegalStateException("api.properties has no " + name);
    return value;
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = ApiProperties.class.getResourceAsStream("api.properties")) {
      if (in == null) throw new IllegalStateException("api.properties is missing from the classpath");
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
