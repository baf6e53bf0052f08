package io.phasewise.bootstrap;

import java.io.IOException;
import java.util.Locale;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Answers requests that offer an HTTP/2 cleartext upgrade ({@code Upgrade: h2c}, sent by default by
 * {@code java.net.http.HttpClient} and {@code curl --http2}) as plain HTTP/1.1. Without it, Grizzly
 * switches the request to raw upgrade mode and a request body is never completed, so the call hangs.
 */
final class DeclineH2cUpgrade extends BaseFilter implements AddOn {

  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    builder.add(builder.indexOfType(HttpServerFilter.class) + 1, this);
  }

  @Override
  public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
    if (event instanceof HttpEvents.IncomingHttpUpgradeEvent upgrade && offersH2c(upgrade.getHttpHeader())) {
      HttpHeader header = upgrade.getHttpHeader();
      header.getUpgradeDC().recycle();
      header.getHeaders().removeHeader(Header.Upgrade);
      header.setIgnoreContentModifiers(false);
      return ctx.getStopAction();
    }
    return ctx.getInvokeAction();
  }

  private static boolean offersH2c(HttpHeader header) {
    String upgrade = header.getUpgrade();
    return upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("h2c");
  }
}
