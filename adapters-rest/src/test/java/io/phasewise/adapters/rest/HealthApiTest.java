package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.adapters.rest.health.HealthProbe.ComponentHealth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthApiTest {

  @Test
  void up_when_every_component_is_up() {
    try (ApiServer api = ApiServer.start(() -> Map.of("database", ComponentHealth.healthy()))) {
      Http.Response response = api.http.get("/api/health");

      assertThat(response.status()).isEqualTo(200);
      JsonNode health = response.json();
      assertThat(health.get("status").asText()).isEqualTo("UP");
      assertThat(health.get("components").get("database").get("status").asText()).isEqualTo("UP");
    }
  }

  @Test
  void service_unavailable_when_a_component_is_down() {
    try (ApiServer api = ApiServer.start(() -> Map.of("database", ComponentHealth.down("connection refused"),
        "providers", ComponentHealth.healthy()))) {
      Http.Response response = api.http.get("/api/health");

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.header("Content-Type")).startsWith("application/json");
      JsonNode health = response.json();
      assertThat(health.get("status").asText()).isEqualTo("DOWN");
      assertThat(health.get("components").get("database").get("status").asText()).isEqualTo("DOWN");
      assertThat(health.get("components").get("database").get("detail").asText()).isEqualTo("connection refused");
      assertThat(health.get("components").get("providers").get("status").asText()).isEqualTo("UP");
    }
  }

  @Test
  void service_unavailable_when_the_probe_itself_fails() {
    try (ApiServer api = ApiServer.start(() -> {
      throw new IllegalStateException("pool closed");
    })) {
      Http.Response response = api.http.get("/api/health");

      assertThat(response.status()).isEqualTo(503);
      assertThat(response.json().get("components").get("probe").get("detail").asText()).contains("pool closed");
    }
  }
}
