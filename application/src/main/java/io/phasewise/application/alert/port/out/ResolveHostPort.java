package io.phasewise.application.alert.port.out;

import java.net.InetAddress;
import java.util.List;

/** Outgoing port: the addresses a host name resolves to now (an IP literal resolves to itself). */
public interface ResolveHostPort {
  /** Every address of {@code host}; empty when it does not resolve. */
  List<InetAddress> resolve(String host);
}
