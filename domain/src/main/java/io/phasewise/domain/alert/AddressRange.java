package io.phasewise.domain.alert;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The kind of network an IP address belongs to, as far as a webhook is concerned: only
 * {@link #PUBLIC} addresses are on the open internet. IPv6 addresses that embed an IPv4 address
 * (IPv4-compatible {@code ::/96}, IPv4-mapped {@code ::ffff:0:0/96}, NAT64 {@code 64:ff9b::/96} and
 * {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32} with its server and its
 * obfuscated client address) count as the embedded address, so a private IPv4 address cannot hide
 * behind IPv6.
 */
public enum AddressRange {
  PUBLIC("a public address"),
  /** 127.0.0.0/8, ::1. */
  LOOPBACK("a loopback address"),
  /** 0.0.0.0/8, :: (connecting to them reaches this machine). */
  UNSPECIFIED("an unspecified (this-host) address"),
  /** 169.254.0.0/16 (where cloud metadata services live), fe80::/10. */
  LINK_LOCAL("a link-local address"),
  /** 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7 (unique local), fec0::/10 (old site-local). */
  PRIVATE("a private-network address"),
  /** 100.64.0.0/10, carrier-grade NAT. */
  SHARED("a carrier-grade NAT (shared) address"),
  /** 224.0.0.0/4, ff00::/8. */
  MULTICAST("a multicast address"),
  /** 240.0.0.0/4 including the broadcast address 255.255.255.255. */
  RESERVED("a reserved address");

  private final String description;

  AddressRange(String description) {
    this.description = description;
  }

  /** Words for error messages: "a private-network address". */
  public String description() {
    return description;
  }

  /** The range {@code address} lies in. */
  public static AddressRange of(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) return ofIpv4(bytes, 0);
    if (address instanceof Inet6Address) return ofIpv6(bytes);
    throw new IllegalArgumentException("neither IPv4 nor IPv6: " + address);
  }

  /** The range of the IPv4 address in {@code b[at .. at + 3]}. */
  private static AddressRange ofIpv4(byte[] b, int at) {
    int first = b[at] & 0xff;
    int second = b[at + 1] & 0xff;
    if (first == 0) return UNSPECIFIED;
    if (first == 127) return LOOPBACK;
    if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) return PRIVATE;
    if (first == 100 && second >= 64 && second <= 127) return SHARED;
    if (first == 169 && second == 254) return LINK_LOCAL;
    if (first >= 224 && first <= 239) return MULTICAST;
    if (first >= 240) return RESERVED;
    return PUBLIC;
  }

  private static AddressRange ofIpv6(byte[] b) {
    if (isZero(b, 0, 16)) return UNSPECIFIED;
    if (isZero(b, 0, 15) && b[15] == 1) return LOOPBACK;
    if (isZero(b, 0, 12)) return ofIpv4(b, 12);
    if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) return ofIpv4(b, 12);
    if (isNat64(b)) return ofIpv4(b, 12);
    if (b[0] == 0x20 && b[1] == 0x02) return ofIpv4(b, 2);
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) return ofTeredo(b);
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0xff) return MULTICAST;
    if (first == 0xfe && (second & 0xc0) == 0x80) return LINK_LOCAL;
    if (first == 0xfe && (second & 0xc0) == 0xc0) return PRIVATE;
    if ((first & 0xfe) == 0xfc) return PRIVATE;
    return PUBLIC;
  }

  /** 64:ff9b::/96 (well-known) or 64:ff9b:1::/48 (local use), both with the IPv4 address in the last 4 bytes. */
  private static boolean isNat64(byte[] b) {
    if (b[0] != 0x00 || b[1] != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) return false;
    return isZero(b, 4, 12) || (b[4] == 0 && b[5] == 1);
  }

  /** Teredo: the server's IPv4 address in bytes 4..7, the client's in bytes 12..15 with every bit inverted. */
  private static AddressRange ofTeredo(byte[] b) {
    AddressRange server = ofIpv4(b, 4);
    if (server != PUBLIC) return server;
    byte[] client = new byte[4];
    for (int i = 0; i < 4; i++) client[i] = (byte) ~b[12 + i];
    return ofIpv4(client, 0);
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) return false;
    }
    return true;
  }
}
