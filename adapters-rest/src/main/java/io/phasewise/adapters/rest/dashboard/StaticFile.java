package io.phasewise.adapters.rest.dashboard;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** A file of the dashboard held in memory with its media type and a content hash as its ETag. */
final class StaticFile {
  /** Revalidate on every use: the file changes with each release under the same address. */
  static final String REVALIDATE = "no-cache";
  static final MediaType HTML = utf8("text/html");
  static final MediaType CSS = utf8("text/css");
  static final MediaType JAVASCRIPT = utf8("text/javascript");

  private final byte[] bytes;
  private final MediaType type;
  private final EntityTag etag;

  StaticFile(byte[] bytes, MediaType type) {
    this.bytes = bytes;
    this.type = type;
    this.etag = new EntityTag(HexFormat.of().formatHex(sha256(bytes), 0, 12));
  }

  /** The classpath resource {@code path} (absolute), if it exists. */
  static Optional<StaticFile> classpath(String path, MediaType type) {
    try (InputStream in = StaticFile.class.getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(new StaticFile(in.readAllBytes(), type));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard file " + path, e);
    }
  }

  String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** 200 with the bytes, or 304 when the client's copy has this ETag; always with this Cache-Control and nosniff. */
  Response.ResponseBuilder respond(Request request, String cacheControl) {
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(bytes, type);
    return answer.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).header("X-Content-Type-Options", "nosniff");
  }

  private static MediaType utf8(String type) {
    return MediaType.valueOf(type).withCharset(StandardCharsets.UTF_8.name());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
