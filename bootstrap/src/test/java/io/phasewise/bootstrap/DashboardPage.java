package io.phasewise.bootstrap;

import java.net.URI;
import java.time.LocalDate;

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

  /** The portfolio view with its holdings valued, its allocation drawn and its performance figures in. */
  static final String PORTFOLIO_READY = "#pf-figures .figure";
  static final String PORTFOLIO_VALUED = "#pf-holdings tbody th";
  static final String PORTFOLIO_ROWS = "#pf-holdings tbody tr";
  static final String PORTFOLIO_SUMMARY = "#pf-summary [data-figure='%s'] .value";
  static final String PORTFOLIO_FIGURE = "#pf-figures [data-figure='%s']";
  static final String ALLOCATION_DRAWN = "#pf-allocation canvas";
  static final String PERFORMANCE_DRAWN = "#pf-chart canvas";
  /** The portfolio view of a user without a portfolio: how to get one. */
  static final String PORTFOLIO_EMPTY = "#pf-state .no-data";
  /** The message banner, e.g. why the token form opened. */
  static final String BANNER = "#banner .msg";
  /** ECharts' own account of the charts it drew on the portfolio view. */
  static final String PERFORMANCE_SERIES = "echarts.getInstanceByDom(document.getElementById('pf-chart')).getOption().series.map(s => s.name)";
  static final String ALLOCATION_SLICES =
      "echarts.getInstanceByDom(document.getElementById('pf-allocation')).getOption().series[0].data.map(d => d.name)";

  private DashboardPage() {}

  /** A first visit: the explanation of the phases over the public view. */
  static URI firstVisit(URI base) {
    return base.resolve("dashboard");
  }

  /** A visitor who has seen the explanation. */
  static URI publicView(URI base) {
    return base.resolve("dashboard#intro=seen");
  }

  /** Signed in with {@code token}, the portfolio view valued at the close of {@code asOf}. */
  static URI portfolio(URI base, String token, LocalDate asOf) {
    return base.resolve("dashboard#token=" + token + "&view=portfolio&asOf=" + asOf + "&intro=seen");
  }

  /** Signed in with {@code token}, the watched asset {@code symbol} opened. */
  static URI assetDetail(URI base, String token, String symbol) {
    return base.resolve("dashboard#token=" + token + "&asset=" + symbol + "&intro=seen");
  }
}
