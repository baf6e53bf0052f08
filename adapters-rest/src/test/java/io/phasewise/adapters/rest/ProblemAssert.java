package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks that a response is an RFC 9457 problem with the expected status and named fields. */
final class ProblemAssert {
  private ProblemAssert() {}

  /** Asserts a problem+json response with {@code status} whose errors name exactly {@code fields}; returns its body. */
  static JsonNode assertProblem(Http.Response response, int status, String... fields) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).isNotBlank();
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("instance").asText()).startsWith("/api/");
    assertThat(fields(problem)).containsExactlyInAnyOrder(fields);
    return problem;
  }

  /** The problem text given for {@code field}. */
  static String problemOf(JsonNode problem, String field) {
    for (JsonNode error : problem.get("errors")) {
      if (error.get("field").asText().equals(field)) return error.get("problem").asText();
    }
    throw new AssertionError("no error for " + field + " in " + problem);
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }
}
