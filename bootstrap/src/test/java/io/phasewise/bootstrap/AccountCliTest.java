package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserId;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code user add} and {@code token issue} against an embedded database in a temporary home. */
class AccountCliTest {
  private static final Pattern SECRET = Pattern.compile("secret (pw_[A-Za-z0-9_-]{43})");
  private static final Pattern USER = Pattern.compile("user ([0-9a-f-]{36}) (\\S+)");

  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.runIn(home, args);
  }

  private static String secret(String printed, int nth) {
    Matcher m = SECRET.matcher(printed);
    for (int i = 0; i <= nth; i++) assertThat(m.find()).as("secret #%d in %s", i, printed).isTrue();
    return m.group(1);
  }

  @Test
  void user_add_prints_the_id_and_a_token_once_and_token_issue_adds_another() {
    assertThat(run("user", "add", "Ops@Example.org")).isZero();
    Matcher user = USER.matcher(cli.allOut());
    assertThat(user.find()).isTrue();
    assertThat(user.group(2)).isEqualTo("ops@example.org");
    String first = secret(cli.allOut(), 0);

    assertThat(run("token", "issue", "ops@example.org", "--name", "deploy")).isZero();
    String second = secret(cli.allOut(), 1);

    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      UserId id = UserId.parse(user.group(1));
      assertThat(app.useCases().accounts().authenticate().authenticate(first)).contains(id);
      assertThat(app.useCases().accounts().authenticate().authenticate(second)).contains(id);
      assertThat(app.useCases().accounts().listTokens().list(id)).extracting(ApiToken::name).containsExactly("deploy", "sign-up");
      assertThat(app.useCases().accounts().findUser().findByEmail(EmailAddress.of("OPS@example.org")).get().id()).isEqualTo(id);
    }
  }

  @Test
  void refusals_are_one_clear_line_each() {
    assertThat(run("user", "add", "twice@example.org")).isZero();

    assertThat(run("user", "add", "TWICE@example.org")).isEqualTo(1);
    assertThat(run("token", "issue", "nobody@example.org")).isEqualTo(1);
    assertThat(run("user", "add", "not-an-address")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("token", "issue", "twice@example.org", "--name", " ")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("user")).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(cli.err())
        .contains("phasewise: a user with the e-mail address twice@example.org already exists")
        .contains("phasewise: user not found: nobody@example.org")
        .contains("phasewise: e-mail address must look like name@example.org")
        .contains("phasewise: token name must not be blank")
        .contains("Missing required subcommand")
        .doesNotContain("Exception");
    assertThat(SECRET.matcher(cli.allOut()).results().count()).as("only the successful add printed a secret").isEqualTo(1);
  }
}
