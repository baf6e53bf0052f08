package io.phasewise.adapters.rest.shared;

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

/** A page, script, style or image served from memory with its media type and a content hash as its ETag. */
public final class StaticFile {
  /** Revalidate on every use: the file changes with each release under the same address. */
  public static final String REVALIDATE = "no-cache";
  /** A page's policy: only this server's scripts, styles and requests, images also as data: URIs, no framing. */
  public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  public static final MediaType HTML = utf8("text/html");
  public static final MediaType CSS = utf8("text/css");
  public static final MediaType JAVASCRIPT = utf8("text/javascript");
  public static final MediaType PNG = new MediaType("image", "png");

  private final byte[] bytes;
  private final MediaType type;
  private final EntityTag etag;

  public StaticFile(byte[] bytes, MediaType type) {
    this.bytes = bytes;
    this.type = type;
    this.etag = new EntityTag(HexFormat.of().formatHex(sha256(bytes), 0, 12));
  }

  /** The classpath resource {@code path} (absolute), if it exists. */
  public static Optional<StaticFile> classpath(String path, MediaType type) {
    try (InputStream in = StaticFile.class.getResourceAsStream(path)) {
      return in == null ? Optional.empty() : Optional.of(new StaticFile(in.readAllBytes(), type));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the served file " + path, e);
    }
  }

  /** The classpath resource {@code path} (absolute) that the jar must hold: a missing one fails at start-up. */
  public static StaticFile required(String path, MediaType type) {
    return classpath(path, type).orElseThrow(() -> new IllegalStateException("missing from the classpath: " + path));
  }

  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** 200 with the bytes, or 304 when the client's copy has this ETag; always with this Cache-Control. */
  public Response.ResponseBuilder respond(Request request, String cacheControl) {
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(bytes, type);
    return answer.tag(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
  }

  /** This file as a page: revalidated on every use, under {@link #PAGE_POLICY}. */
  public Response page(Request request) {
    return respond(request, REVALIDATE).header("Content-Security-Policy", PAGE_POLICY).build();
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
