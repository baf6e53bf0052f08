package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request whose {@code Content-Type} Jersey cannot read (sent twice, or not a media type) is the
 * client's mistake: a 400 problem naming the header, anonymous or signed in, never a 500.
 */
class MalformedHeaderApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String token;

  @BeforeAll
  static void signUp() {
    token = AccountApiTest.signUp(server.http(), "headers@example.org");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json|text/csv", "application/json|application/json", "application/", ";;;", "a/b; charset=\""})
  void an_unreadable_content_type_is_a_400_naming_it(String contentTypes) throws Exception {
    assertBadHeader(send("/api/users", contentTypes, null));
    assertBadHeader(send("/api/me/tokens", contentTypes, token));
  }

  private static String send(String path, String contentTypes, String bearer) {
    List<String> headers = new ArrayList<>();
    headers.add("Host: 127.0.0.1:" + server.http().base().getPort());
    if (bearer != null) headers.add("Authorization: Bearer " + bearer);
    for (String type : contentTypes.split("\\|")) headers.add("Content-Type: " + type);
    return new RawHttp(server.http().base()).send("POST", path, headers, "{\"email\":\"x@example.org\",\"name\":\"x\"}");
  }

  private static void assertBadHeader(String response) throws Exception {
    assertThat(RawHttp.status(response)).as(response).isEqualTo(400);
    assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
    JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(problem.get("detail").asText()).contains("\"Content-Type\" header");
  }
}
