package io.phasewise.domain.portfolio.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void equals_big_decimal_double_value_to_the_last_bit() {
    Random random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      BigDecimal value = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(30) - 4);
      assertThat(Decimals.toDouble(value)).as("%s", value).isEqualTo(value.doubleValue());
    }
    for (String text : new String[] {"0", "0.000", "1E+3", "123456789012345678901234567890.5", "0.1", "1234.56", "1E-40"}) {
      assertThat(Decimals.toDouble(new BigDecimal(text))).as(text).isEqualTo(new BigDecimal(text).doubleValue());
    }
  }
}
