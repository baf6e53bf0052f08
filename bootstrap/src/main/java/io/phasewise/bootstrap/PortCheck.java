package io.phasewise.bootstrap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether the server's address is free, asked before the slow start-up so a taken port is refused at once. */
final class PortCheck {
  private PortCheck() {}

  /**
   * Returns when {@code host:port} can be listened on (port 0: any free port can).
   *
   * @throws IllegalStateException naming the address and what to do when it is taken
   */
  static void free(String host, int port) {
    if (port == 0) return;
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
          + "); is another server running there? Stop it or choose another --port");
    }
  }
}
