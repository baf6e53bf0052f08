package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.adapters.rest.limit.BodyLimits;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerLimitsTest {
  @Test
  void by_default_uploads_take_64_mib_other_bodies_1_mib_and_a_read_waits_30_seconds() {
    ServerLimits limits = PhasewiseSettings.fromEnvironment(Map.of()).limits();

    assertThat(limits).isEqualTo(ServerLimits.defaults());
    assertThat(limits.bodies()).isEqualTo(new BodyLimits(67_108_864, 1_048_576, Duration.ofMinutes(10)));
    assertThat(limits.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(limits.uploadThreads()).isEqualTo(16);
  }

  @Test
  void every_limit_is_read_from_the_environment() {
    ServerLimits limits = ServerLimits.fromEnvironment(Map.of("PHASEWISE_MAX_UPLOAD", "2GB", "PHASEWISE_MAX_BODY", " 512 kb ",
        "PHASEWISE_BODY_TIMEOUT", "90s", "PHASEWISE_READ_TIMEOUT", "PT5S", "PHASEWISE_UPLOAD_THREADS", "4"));

    assertThat(limits).isEqualTo(new ServerLimits(new BodyLimits(2L << 30, 512 << 10, Duration.ofSeconds(90)),
        Duration.ofSeconds(5), 4));
    assertThat(ServerLimits.fromEnvironment(Map.of("PHASEWISE_MAX_BODY", "1000")).bodies().jsonBytes()).isEqualTo(1000);
  }

  @Test
  void bad_values_are_refused_naming_the_variable() {
    for (String bad : new String[] {"lots", "0", "-5MB", "64TB", "99999999999999999999"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ServerLimits.fromEnvironment(Map.of("PHASEWISE_MAX_UPLOAD", bad)))
          .withMessage("PHASEWISE_MAX_UPLOAD must be a positive size such as 64MB, 512KB or 1048576, not '" + bad + "'");
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerLimits.fromEnvironment(Map.of("PHASEWISE_UPLOAD_THREADS", "0")))
        .withMessage("PHASEWISE_UPLOAD_THREADS must be at least 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerLimits.fromEnvironment(Map.of("PHASEWISE_READ_TIMEOUT", "0s")))
        .withMessage("PHASEWISE_READ_TIMEOUT must be positive");
  }
}
