package io.phasewise.adapters.rest.browser;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The {@code Host} header values the server answers to: the bind host, {@code localhost},
 * {@code 127.0.0.1} and {@code [::1]} on the server's own port, and the operator's extra names, each
 * on any port ({@code name}) or on one ({@code name:port}). Names compare without regard to case.
 */
public final class AllowedHosts {
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> onServerPort = new HashSet<>();
  private final Set<String> onAnyPort = new HashSet<>();
  private final Set<Authority> exact = new HashSet<>();
  private final IntSupplier serverPort;

  /**
   * @param bindHost the address the server listens on, as configured
   * @param extraNames further names, e.g. the one a reverse proxy forwards ({@code PHASEWISE_ALLOWED_HOSTS})
   * @param serverPort the port the server listens on, read per request (known only once a port 0 is bound)
   */
  public AllowedHosts(String bindHost, List<String> extraNames, IntSupplier serverPort) {
    this.serverPort = Objects.requireNonNull(serverPort, "serverPort");
    onServerPort.add(bracketed(bindHost.strip().toLowerCase(Locale.ROOT)));
    onServerPort.addAll(LOOPBACK);
    for (String entry : extraNames) {
      Authority authority = Authority.parse(bracketed(entry.strip().toLowerCase(Locale.ROOT)))
          .orElseThrow(() -> new IllegalArgumentException("an allowed host is a name or name:port, not '" + entry + "'"));
      if (authority.port().isEmpty()) onAnyPort.add(authority.name());
      else exact.add(authority);
    }
  }

  /** Whether {@code host} (a {@code Host} header value) names this server; {@code defaultPort} applies when it has no port. */
  public boolean allows(String host, int defaultPort) {
    Optional<Authority> parsed = Authority.parse(host.strip().toLowerCase(Locale.ROOT));
    if (parsed.isEmpty()) return false;
    Authority authority = parsed.get();
    int port = authority.port().orElse(defaultPort);
    return onAnyPort.contains(authority.name())
        || onServerPort.contains(authority.name()) && port == serverPort.getAsInt()
        || exact.contains(new Authority(authority.name(), Optional.of(port)));
  }

  private static String bracketed(String name) {
    return name.indexOf(':') >= 0 && !name.startsWith("[") && name.indexOf(':') != name.lastIndexOf(':')
        ? "[" + name + "]" : name;
  }

  /** A host name (IPv6 literals in brackets) with its port when one was given. */
  private record Authority(String name, Optional<Integer> port) {
    static Optional<Authority> parse(String value) {
      int colon = value.startsWith("[") ? value.indexOf("]:") + 1 : value.indexOf(':');
      if (value.startsWith("[") && !value.endsWith("]") && colon == 0) return Optional.empty();
      String name = colon > 0 ? value.substring(0, colon) : value;
      if (name.isEmpty() || !name.matches("[a-z0-9._-]+|\\[[0-9a-f:.]+]")) return Optional.empty();
      if (colon <= 0) return Optional.of(new Authority(name, Optional.empty()));
      String port = value.substring(colon + 1);
      if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65_535) return Optional.empty();
      return Optional.of(new Authority(name, Optional.of(Integer.parseInt(port))));
    }
  }
}
