package io.phasewise.adapters.rest.dashboard;

import io.phasewise.application.dashboard.DashboardUseCases;
import java.util.List;

/** The dashboard's resources: the cards as JSON, the page that shows them and the page's files. */
public final class DashboardResources {
  private DashboardResources() {}

  public static List<Object> of(DashboardUseCases dashboard) {
    DashboardPageResource page = new DashboardPageResource();
    return List.of(new DashboardResource(dashboard.query()), page, new DashboardFilesResource(page));
  }
}
