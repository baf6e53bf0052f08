package io.phasewise.domain.alert;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IPv4 address a host written in one of the legacy numeric spellings means to the C library's
 * {@code inet_aton} (and so to curl, many proxies and HTTP clients): one to four parts, each decimal,
 * octal with a leading {@code 0} or hexadecimal with {@code 0x}, the last part filling the remaining
 * bytes ({@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1}, {@code 2130706433} all mean 127.0.0.1).
 * The JDK reads some of these differently (or not at all), so the URL policy classifies what they
 * mean to anyone.
 */
final class Ipv4Spelling {
  private static final Pattern PART = Pattern.compile("0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*");

  private Ipv4Spelling() {}

  /** The address {@code host} spells, or empty when it is not a numeric IPv4 spelling. */
  static Optional<InetAddress> parse(String host) {
    String text = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String[] parts = text.split("\\.", -1);
    if (text.isEmpty() || parts.length > 4) return Optional.empty();
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].length() > 12 || !PART.matcher(parts[i]).matches()) return Optional.empty();
      values[i] = value(parts[i]);
    }
    return address(values);
  }

  private static long value(String part) {
    if (part.length() > 1 && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
      return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
    }
    if (part.length() > 1 && part.charAt(0) == '0') return Long.parseLong(part.substring(1), 8);
    return Long.parseLong(part);
  }

  /** The leading parts are one byte each; the last fills the bytes left. */
  private static Optional<InetAddress> address(long[] values) {
    int leading = values.length - 1;
    long result = 0;
    for (int i = 0; i < leading; i++) {
      if (values[i] > 0xff) return Optional.empty();
      result = (result << 8) | values[i];
    }
    int lastBytes = 4 - leading;
    if (values[leading] >= (1L << (8 * lastBytes))) return Optional.empty();
    result = (result << (8 * lastBytes)) | values[leading];
    byte[] bytes = {(byte) (result >>> 24), (byte) (result >>> 16), (byte) (result >>> 8), (byte) result};
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
