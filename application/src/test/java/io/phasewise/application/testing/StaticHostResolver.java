package io.phasewise.application.testing;

import io.phasewise.application.alert.port.out.ResolveHostPort;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Fake name resolution for tests: IP literals resolve to themselves, names to what the test
 * registered (re-registering a name is a DNS change), anything else to nothing. Never asks DNS.
 */
public final class StaticHostResolver implements ResolveHostPort {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();

  /** Makes {@code host} resolve to these IP literals from now on. */
  public StaticHostResolver register(String host, String... addresses) {
    List<InetAddress> resolved = new ArrayList<>();
    for (String address : addresses) resolved.add(literal(address));
    names.put(host.toLowerCase(Locale.ROOT), List.copyOf(resolved));
    return this;
  }

  @Override
  public List<InetAddress> resolve(String host) {
    if (host.startsWith("[") || IPV4.matcher(host).matches()) return List.of(literal(host));
    return names.getOrDefault(host.toLowerCase(Locale.ROOT), List.of());
  }

  private static InetAddress literal(String address) {
    if (!address.startsWith("[") && !address.contains(":") && !IPV4.matcher(address).matches()) {
      throw new IllegalArgumentException("not an IP literal: " + address);
    }
    try {
      return InetAddress.getByName(address); // a literal is parsed, never looked up
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP literal: " + address, e);
    }
  }
}
