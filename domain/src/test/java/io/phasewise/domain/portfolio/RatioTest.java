package io.phasewise.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Ratio's long arithmetic gives what exact BigInteger fractions give, across the edge where longs overflow. */
class RatioTest {
  private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

  @Test
  void a_sum_past_the_largest_long_is_exact() {
    Ratio sum = Ratio.of(Long.MAX_VALUE).plus(Ratio.ONE);

    assertThat(sum).hasToString(TWO_TO_63.toString());
    assertThat(sum.minus(Ratio.ONE)).isEqualTo(Ratio.of(Long.MAX_VALUE));
  }

  @Test
  void a_value_that_shrinks_back_into_longs_equals_the_same_value_made_from_longs() {
    Ratio big = Ratio.of(TWO_TO_63, BigInteger.valueOf(6));

    assertThat(big.times(Ratio.of(3))).isEqualTo(Ratio.of(BigInteger.TWO.pow(62), BigInteger.ONE));
    assertThat(big.times(Ratio.of(3)).hashCode()).isEqualTo(Ratio.of(1L << 62).hashCode());
    assertThat(Ratio.of(Long.MIN_VALUE).negate()).hasToString(TWO_TO_63.toString());
  }

  @Test
  void decimals_of_any_scale_are_read_exactly() {
    assertThat(Ratio.of(new BigDecimal("182.3100"))).isEqualTo(Ratio.of(BigInteger.valueOf(18231), BigInteger.valueOf(100)));
    assertThat(Ratio.of(new BigDecimal("0.000000000000000000001"))).hasToString("1/" + BigInteger.TEN.pow(21));
    assertThat(Ratio.of(new BigDecimal("1E+3"))).isEqualTo(Ratio.of(1000));
  }

  @Test
  void every_operation_agrees_with_big_integer_fractions_near_the_overflow_edge() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      BigInteger[] a = operand(random);
      BigInteger[] b = operand(random);
      Ratio x = Ratio.of(a[0], a[1]);
      Ratio y = Ratio.of(b[0], b[1]);
      check(x.plus(y), a, b, (p, q) -> p[0].multiply(q[1]).add(q[0].multiply(p[1])));
      check(x.minus(y), a, b, (p, q) -> p[0].multiply(q[1]).subtract(q[0].multiply(p[1])));
      check(x.times(y), a, b, (p, q) -> p[0].multiply(q[0]));
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a[0].multiply(b[1]).compareTo(b[0].multiply(a[1])));
      if (b[0].signum() != 0) {
        Ratio quotient = x.dividedBy(y);
        assertThat(quotient).hasToString(text(a[0].multiply(b[1]), a[1].multiply(b[0])));
      }
    }
  }

  /** A fraction whose parts are small, near 2^31 or near 2^63, so products land on both sides of the long range. */
  private static BigInteger[] operand(SplittableRandom random) {
    return new BigInteger[] {part(random, true), part(random, false)};
  }

  private static BigInteger part(SplittableRandom random, boolean signed) {
    long magnitude = switch (random.nextInt(3)) {
      case 0 -> random.nextLong(1, 10_000);
      case 1 -> random.nextLong(1L << 30, 1L << 32);
      default -> random.nextLong(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE);
    };
    BigInteger value = BigInteger.valueOf(magnitude);
    return signed && random.nextBoolean() ? value.negate() : value;
  }

  /** {@code actual} is numerator(a, b) over the product of the denominators, the form of a sum, difference and product. */
  private static void check(Ratio actual, BigInteger[] a, BigInteger[] b, BiFunction<BigInteger[], BigInteger[], BigInteger> numerator) {
    assertThat(actual).hasToString(text(numerator.apply(a, b), a[1].multiply(b[1])));
  }

  /** num / den in lowest terms with a positive denominator, as Ratio prints it. */
  private static String text(BigInteger num, BigInteger den) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger gcd = num.gcd(den);
    num = num.divide(gcd);
    den = den.divide(gcd);
    return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
  }
}
