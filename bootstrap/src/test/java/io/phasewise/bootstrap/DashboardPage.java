package io.phasewise.bootstrap;

import java.net.URI;

/**
 * The dashboard page as the browser tests drive it: its addresses and the selectors that say a view is ready.
 * The only place that knows the page's markup, so a rebuilt dashboard changes this class and nothing else.
 */
final class DashboardPage {
  /** The sign-in view a visitor without a token sees. */
  static final String SIGN_IN_READY = "#token-form";
  /** An asset's detail with its chart drawn. */
  static final String DETAIL_READY = "#detail #chart polyline.price-line";

  private DashboardPage() {}

  static URI signIn(URI base) {
    return base.resolve("dashboard");
  }

  /** Signed in with {@code token}, the watched asset {@code symbol} opened. */
  static URI assetDetail(URI base, String token, String symbol) {
    return base.resolve("dashboard#token=" + token + "&asset=" + symbol);
  }
}
