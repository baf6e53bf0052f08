package io.phasewise.adapters.rest.dashboard;

import io.phasewise.application.dashboard.DashboardUseCases;
import java.util.List;

/** The dashboard's resources: the cards as JSON and the page that shows them. */
public final class DashboardResources {
  private DashboardResources() {}

  public static List<Object> of(DashboardUseCases dashboard) {
    return List.of(new DashboardResource(dashboard.query()), new DashboardPageResource());
  }
}
