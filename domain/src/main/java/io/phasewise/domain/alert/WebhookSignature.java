package io.phasewise.domain.alert;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request, sent as {@code Phasewise-Signature: t=<unix seconds>,v1=<hex>}
 * where the hex is HMAC-SHA256, keyed with the subscription's secret, of {@code t + "." + body}.
 * Receivers recompute it over the raw body and refuse a request whose {@code t} is further than a
 * tolerance from their clock (a replayed old request). More than one {@code v1} may appear; one
 * matching is enough.
 */
public final class WebhookSignature {
  /** Name of the header carrying the signature. */
  public static final String HEADER = "Phasewise-Signature";
  /** How far a request's time may be from the receiver's clock by default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private WebhookSignature() {}

  /** The header value for {@code body} sent at {@code at} (whole seconds). */
  public static String sign(WebhookSecret secret, Instant at, byte[] body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + HEX.formatHex(hmac(secret.key(), t, body));
  }

  /**
   * Checks a received header against {@code body} with the {@code secret} text as shown to the
   * subscriber: the time it carries, or why the request must be refused (malformed header, time
   * outside {@code tolerance} of {@code now}, no matching signature).
   */
  public static Either<String, Instant> verify(String header, String secret, byte[] body, Instant now,
      Duration tolerance) {
    if (header == null || header.isBlank()) return Either.left("no " + HEADER + " header");
    Long t = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) return Either.left("malformed " + HEADER + " element '" + part.strip() + "'");
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      if (key.equals("t")) {
        try {
          t = Long.parseLong(value);
        } catch (NumberFormatException e) {
          return Either.left("the timestamp t='" + value + "' is not a number of seconds");
        }
      } else if (key.equals("v1")) {
        signatures.add(value);
      }
    }
    if (t == null) return Either.left("no timestamp t= in " + HEADER);
    if (signatures.isEmpty()) return Either.left("no v1= signature in " + HEADER);
    Instant sent = Instant.ofEpochSecond(t);
    if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
      return Either.left("the timestamp " + sent + " is more than " + tolerance.toSeconds() + " s from " + now);
    }
    byte[] expected = HEX.formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), t, body)).getBytes(StandardCharsets.US_ASCII);
    for (String candidate : signatures) {
      // constant time, so a forger learns nothing from how long the comparison took
      if (MessageDigest.isEqual(expected, candidate.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
        return Either.right(sent);
      }
    }
    return Either.left("no v1 signature matches the body and the secret");
  }

  private static byte[] hmac(byte[] key, long t, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
    }
  }
}
