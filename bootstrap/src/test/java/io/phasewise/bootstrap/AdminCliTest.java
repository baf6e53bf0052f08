package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code admin grant} and admin tokens from {@code token issue --scopes --out}: the first administrator, from the CLI. */
class AdminCliTest {
  @TempDir
  Path home;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.runIn(home, args);
  }

  @Test
  void an_operator_promotes_a_user_and_writes_an_admin_token_only_the_owner_can_read() throws Exception {
    assertThat(run("user", "add", "ops@example.org")).isZero();
    assertThat(run("token", "issue", "ops@example.org", "--scopes", "READ,WRITE,ADMIN")).as("a user is no admin yet").isEqualTo(1);

    assertThat(run("admin", "grant", "OPS@example.org")).isZero();
    assertThat(cli.allOut()).contains("ops@example.org is now ADMIN");
    Path file = home.resolve("ops").resolve("admin-token");
    assertThat(run("token", "issue", "ops@example.org", "--name", "ops", "--scopes", "READ,WRITE,ADMIN", "--out", file.toString()))
        .isZero();

    String secret = Files.readString(file).strip();
    assertThat(secret).matches("pw_[A-Za-z0-9_-]{43}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(cli.allOut()).contains("secret written to " + file).contains("[READ, WRITE, ADMIN]")
        .doesNotContain(secret.substring(3));
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      Caller caller = app.useCases().accounts().authenticate().identify(secret).orElseThrow();
      assertThat(caller.role()).isEqualTo(Role.ADMIN);
      assertThat(caller.has(Scope.ADMIN)).isTrue();
    }

    assertThat(run("admin", "grant", "ops@example.org", "--role", "GUEST")).isZero();
    try (Phasewise app = Phasewise.start(PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString())))) {
      Caller demoted = app.useCases().accounts().authenticate().identify(secret).orElseThrow();
      assertThat(demoted.role()).isEqualTo(Role.GUEST);
      assertThat(demoted.scopes()).containsExactly(Scope.READ);
    }
  }

  @Test
  void refusals_are_one_clear_line_each() {
    assertThat(run("user", "add", "user@example.org")).isZero();

    assertThat(run("admin", "grant", "nobody@example.org")).isEqualTo(1);
    assertThat(run("token", "issue", "user@example.org", "--scopes", "ADMIN")).isEqualTo(1);
    assertThat(run("admin", "grant", "user@example.org", "--role", "ROOT")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("token", "issue", "user@example.org", "--scopes", "SUDO")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("admin")).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(cli.err())
        .contains("phasewise: user not found: nobody@example.org")
        .contains("may carry the scopes [READ, WRITE] only, not [ADMIN]")
        .contains("ROOT")
        .contains("SUDO")
        .contains("Missing required subcommand")
        .doesNotContain("Exception");
  }
}
