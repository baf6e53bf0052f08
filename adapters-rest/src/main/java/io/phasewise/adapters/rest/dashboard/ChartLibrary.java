package io.phasewise.adapters.rest.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the Apache ECharts WebJar on the classpath keeps its version and its single-file browser build. */
final class ChartLibrary {
  /** The WebJar's version, read from its Maven metadata so that a version bump in the pom is all it takes. */
  static final String VERSION = version();
  /** The browser build (defines the global {@code echarts}) inside the WebJar. */
  static final String SCRIPT = "/META-INF/resources/webjars/echarts/" + VERSION + "/dist/echarts.min.js";

  private ChartLibrary() {}

  private static String version() {
    String metadata = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    try (InputStream in = ChartLibrary.class.getResourceAsStream(metadata)) {
      if (in == null) throw new IllegalStateException("the ECharts WebJar is missing from the classpath: " + metadata);
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + metadata, e);
    }
  }
}
