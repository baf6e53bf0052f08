package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Failures behind the API, provoked with a use case that refuses and an import-run port that fails. */
class FailureApiTest {

  @Test
  void a_forbidden_failure_is_a_403_problem() {
    try (ApiServer api = ApiServer.start(id -> Either.left(new Failure.Forbidden("assets are read-only here")))) {
      JsonNode problem = assertProblem(api.admin.delete("/api/assets/1"), 403);

      assertThat(problem.get("type").asText()).endsWith("forbidden");
      assertThat(problem.get("detail").asText()).isEqualTo("assets are read-only here");
    }
  }

  @Test
  void an_unavailable_failure_is_a_503_problem() {
    try (ApiServer api = ApiServer.start(id -> Either.left(new Failure.Unavailable("the asset store is read-only")))) {
      JsonNode problem = assertProblem(api.admin.delete("/api/assets/1"), 503);

      assertThat(problem.get("type").asText()).endsWith("unavailable");
    }
  }

  private static String importsOfAnAsset(ApiServer api) {
    AssetId asset = api.market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("FAIL", "Fail", AssetType.STOCK)))
        .get().id();
    return "/api/assets/" + asset + "/imports";
  }

  @Test
  void a_port_outage_is_a_503_problem() {
    try (ApiServer api = ApiServer.start((asset, limit) -> {
      throw new PortUnavailableException("import log unreachable", new SQLTransientConnectionException("timeout"));
    })) {
      JsonNode problem = assertProblem(api.http.get(importsOfAnAsset(api)), 503);

      assertThat(problem.get("type").asText()).endsWith("unavailable");
      assertThat(problem.get("detail").asText()).isEqualTo("import log unreachable");
    }
  }

  /** Bugs behind a resource; an IllegalArgumentException among them, which means a programming error, never bad input. */
  static Stream<RuntimeException> bugs() {
    return Stream.of(new IllegalStateException("secret internal state"), new IllegalArgumentException("secret broken invariant"));
  }

  @ParameterizedTest
  @MethodSource("bugs")
  void a_bug_is_a_500_problem_that_reveals_nothing(RuntimeException bug) {
    try (ApiServer api = ApiServer.start((asset, limit) -> {
      throw bug;
    })) {
      Http.Response response = api.http.get(importsOfAnAsset(api));

      JsonNode problem = assertProblem(response, 500);
      assertThat(problem.get("title").asText()).isEqualTo("Internal Server Error");
      assertThat(response.body()).doesNotContain("secret").doesNotContain(bug.getClass().getSimpleName())
          .doesNotContain("at io.");
    }
  }
}
