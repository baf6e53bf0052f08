package io.phasewise.adapters.rest.openapi;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file read once from the classpath and served as is, with its media type. */
record StaticFile(byte[] bytes, MediaType type) {
  /** {@code resource} as {@link Class#getResourceAsStream} finds it from this package; a missing file fails at start-up. */
  static StaticFile of(String resource, MediaType type) {
    try (InputStream in = StaticFile.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
      return new StaticFile(in.readAllBytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
