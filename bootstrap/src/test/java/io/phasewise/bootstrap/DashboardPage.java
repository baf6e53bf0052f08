package io.phasewise.bootstrap;

import java.net.URI;

/**
 * The dashboard page as the browser tests drive it: its addresses and the selectors that say a view is ready.
 * The only place that knows the page's markup, so a rebuilt dashboard changes this class and nothing else.
 */
final class DashboardPage {
  /** The first-visit explanation of the phases. */
  static final String EXPLANATION_READY = "#explain .phase-list li";
  /** The public, read-only cards a visitor sees. */
  static final String PUBLIC_READY = "#cards .card";
  /** What a visitor clicks to sign in, and the sign-in form it shows. */
  static final String SIGN_IN_OPEN = "#signin-open";
  static final String SIGN_IN_READY = "#token-form";
  /** An asset's detail with its chart drawn. */
  static final String DETAIL_READY = "#detail #chart canvas";

  private DashboardPage() {}

  /** A first visit: the explanation of the phases over the public view. */
  static URI firstVisit(URI base) {
    return base.resolve("dashboard");
  }

  /** A visitor who has seen the explanation. */
  static URI publicView(URI base) {
    return base.resolve("dashboard#intro=seen");
  }

  /** Signed in with {@code token}, the watched asset {@code symbol} opened. */
  static URI assetDetail(URI base, String token, String symbol) {
    return base.resolve("dashboard#token=" + token + "&asset=" + symbol + "&intro=seen");
  }
}
