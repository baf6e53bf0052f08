package io.phasewise.adapters.rest.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.phasewise.adapters.rest.health.HealthProbe.ComponentHealth;
import java.util.Map;
import java.util.TreeMap;

/** Overall status (UP only when every component is up) and each component's status. */
record HealthJson(String status, Map<String, Component> components) {
  private static final String UP = "UP";
  private static final String DOWN = "DOWN";

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Component(String status, String detail) {}

  static HealthJson of(Map<String, ComponentHealth> components) {
    Map<String, Component> sorted = new TreeMap<>();
    components.forEach((name, health) -> sorted.put(name, new Component(health.up() ? UP : DOWN, health.detail())));
    return new HealthJson(components.values().stream().allMatch(ComponentHealth::up) ? UP : DOWN, sorted);
  }

  boolean up() {
    return UP.equals(status);
  }
}
