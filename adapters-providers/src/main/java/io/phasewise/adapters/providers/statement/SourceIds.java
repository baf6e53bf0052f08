package io.phasewise.adapters.providers.statement;

import io.phasewise.application.portfolio.model.StatementFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Source ids for the rows of one statement. A row without an id of its own gets the SHA-256 of its
 * normalised content, prefixed by the format; the second identical row of the same file gets
 * {@code #2} appended, the third {@code #3}..., so two equal fills stay two events while importing
 * the same file again gives the same ids.
 */
final class SourceIds {
  private final StatementFormat format;
  private final Map<String, Integer> seen = new HashMap<>();

  SourceIds(StatementFormat format) {
    this.format = format;
  }

  /** The hash id of a row whose normalised content is {@code content}, numbered when it repeats. */
  String hashed(String content) {
    return numbered(format.name() + ":" + HexFormat.of().formatHex(sha256(content)));
  }

  /** {@code id}, numbered when it has come before in this file: for ids a statement repeats on purpose (an order's fills). */
  String numbered(String id) {
    int count = seen.merge(id, 1, Integer::sum);
    return count == 1 ? id : id + "#" + count;
  }

  private static byte[] sha256(String content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
