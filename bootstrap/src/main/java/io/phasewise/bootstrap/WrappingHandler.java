package io.phasewise.bootstrap;

import org.glassfish.grizzly.http.server.HttpHandler;

/** A Grizzly handler in front of the API's handler, starting and stopping with it. */
abstract class WrappingHandler extends HttpHandler {
  final HttpHandler api;

  WrappingHandler(HttpHandler api) {
    this.api = api;
  }

  @Override
  public void start() {
    api.start();
  }

  @Override
  public void destroy() {
    api.destroy();
  }
}
