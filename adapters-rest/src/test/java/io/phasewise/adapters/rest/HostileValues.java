package io.phasewise.adapters.rest;

import java.util.List;
import java.util.Random;

/** Values a hostile or careless client sends: each {@link #HARD} one must be refused wherever it goes. */
final class HostileValues {
  /** Refused in any field or parameter: control characters, absurd numbers and times, type confusion. */
  static final List<String> HARD = List.of(
      "\u0000", "a\u0000b", "\u0001", "x\u001b[2J", "\u007f", "\u0085", "tab\there", "line\nbreak", "\ud800",
      "1e200", "-1e200", "1E131072", "1E20000000", "1E-20000000", "9223372036854775808", "-9223372036854775809",
      "+999999999-01-01T00:00:00Z", "+12024-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "+12024-01-01", "0001-01-01",
      "NaN", "Infinity", "-Infinity");

  /** Sometimes fine, sometimes not, depending on the field. */
  static final List<String> SOFT = List.of(
      "", " ", "0", "-1", "1.5", "true", "null", "[]", "{}", "' OR '1'='1", "../../etc/passwd", "%00", "%",
      "\u00e9\u00e8", "\ud83d\ude80", "ZZZZ", "1d", "1m", "2024-02-30", "2024-01-01T00:00:00+25:00",
      "2024-01-01", "2024-01-01T00:00:00Z", "1,2,3", "A", "stock", "news", "https://127.1/", "http://0177.0.0.1/",
      "http://[::127.0.0.1]/", "http://[2001:0:7f00:1::]/");

  private HostileValues() {}

  /** A hard value; now and then one made over-long, for a body (a URI stays under the server's 8 KB request head). */
  static String hard(Random random, boolean inUri) {
    String value = HARD.get(random.nextInt(HARD.size()));
    return !inUri && random.nextInt(40) == 0 ? value + "x".repeat(20_000 + random.nextInt(20_000)) : value;
  }

  static String soft(Random random) {
    return SOFT.get(random.nextInt(SOFT.size()));
  }

  /** A long text: over every field's limit, under the server's URI and header limits when {@code inUri}. */
  static String longText(Random random, boolean inUri) {
    return "y".repeat(inUri ? 3_000 : 10_001 + random.nextInt(100_000));
  }
}
