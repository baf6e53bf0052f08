package io.phasewise.adapters.providers.webhook;

import io.phasewise.application.alert.port.out.ResolveHostPort;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Adapter: resolves host names with the JVM's resolver (the operating system's, cached by the JVM
 * for {@code networkaddress.cache.ttl}); an IP literal, also an IPv6 one in brackets, resolves to
 * itself without a lookup. A blank host resolves to nothing.
 */
public final class DnsHostResolver implements ResolveHostPort {
  @Override
  public List<InetAddress> resolve(String host) {
    // the JDK answers a null or empty host with the loopback address: that is not a host of a URL
    if (host == null || host.isBlank()) return List.of();
    try {
      return List.of(InetAddress.getAllByName(host));
    } catch (UnknownHostException e) {
      return List.of();
    }
  }
}
