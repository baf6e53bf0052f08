package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.account.EmailAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served API with the real authentication on PostgreSQL: sign up, use the token, keep a watchlist,
 * revoke the token and be refused at once.
 */
class AccountsEndToEndTest {
  private final HttpCalls http = HttpCalls.http11();

  @TempDir
  Path home;

  private HttpResponse<String> send(URI base, String method, String path, String json, String token) throws Exception {
    return http.send(base, method, path, json, token);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
    assertThat(m.find()).as(name + " in " + json).isTrue();
    return m.group(1);
  }

  @Test
  void sign_up_use_the_token_keep_a_watchlist_and_revoke() throws Exception {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0"));
    try (Phasewise app = Phasewise.start(settings); PhasewiseServer server = PhasewiseServer.start(app, settings)) {
      URI base = server.baseUri();
      HttpResponse<String> signUp = send(base, "POST", "api/users", "{\"email\":\"e2e@example.org\"}", null);
      assertThat(signUp.statusCode()).as(signUp.body()).isEqualTo(201);
      String secret = field(signUp.body(), "secret");
      String tokenId = field(signUp.body().substring(signUp.body().indexOf("\"token\"")), "id");

      HttpResponse<String> me = send(base, "GET", "api/me", null, secret);
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"email\":\"e2e@example.org\"");
      assertThat(send(base, "GET", "api/me", null, null).statusCode()).isEqualTo(401);

      String asset = field(send(base, "POST", "api/assets", "{\"symbol\":\"E2E\",\"name\":\"End To End\",\"type\":\"stock\"}",
          Operators.adminToken(app))
          .body(), "id");
      HttpResponse<String> added = send(base, "POST", "api/me/watchlist/items", "{\"assetId\":" + asset + "}", secret);
      assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
      assertThat(added.headers().firstValue("ETag")).contains("\"1\"");
      assertThat(app.useCases().watchlists().manage().get(app.useCases().accounts().findUser().findByEmail(
          EmailAddress.of("e2e@example.org")).get().id()).items()).hasSize(1);
      HttpResponse<String> watchlist = send(base, "GET", "api/me/watchlist", null, secret);
      assertThat(watchlist.body()).contains("\"symbol\":\"E2E\"", "\"name\":\"End To End\"", "\"position\":0");

      assertThat(send(base, "DELETE", "api/me/tokens/" + tokenId, null, secret).statusCode()).isEqualTo(204);
      assertThat(send(base, "GET", "api/me/watchlist", null, secret).statusCode()).isEqualTo(401);
    }
  }
}
