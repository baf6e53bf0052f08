package io.phasewise.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Ratio's long arithmetic, reduced lazily and read from decimals without a GCD, gives what exact
 * BigInteger fractions and BigDecimals give, across the edge where longs overflow; equal values are
 * equal and hash alike whatever terms they are held in.
 */
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

  @Test
  void decimals_read_on_the_fast_path_compute_what_big_decimal_computes_across_scales_and_the_long_edges() {
    SplittableRandom random = new SplittableRandom(12);
    for (int i = 0; i < 20_000; i++) {
      BigDecimal a = decimal(random);
      BigDecimal b = decimal(random);
      Ratio x = Ratio.of(a);
      Ratio y = Ratio.of(b);
      BigInteger[] p = fraction(a);
      BigInteger[] q = fraction(b);
      assertThat(x).hasToString(text(p[0], p[1]));
      assertThat(x.plus(y)).isEqualTo(Ratio.of(a.add(b))).hasToString(text(p[0].multiply(q[1]).add(q[0].multiply(p[1])), p[1].multiply(q[1])));
      assertThat(x.minus(y)).isEqualTo(Ratio.of(a.subtract(b)));
      assertThat(x.times(y)).isEqualTo(Ratio.of(a.multiply(b))).hasToString(text(p[0].multiply(q[0]), p[1].multiply(q[1])));
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(a.compareTo(b));
      assertThat(x.equals(y)).isEqualTo(a.compareTo(b) == 0);
      if (b.signum() != 0) assertThat(x.dividedBy(y)).hasToString(text(p[0].multiply(q[1]), p[1].multiply(q[0])));
      int scale = random.nextInt(0, 19);
      assertThat(x.plus(y).toDecimal(scale)).isEqualTo(a.add(b).setScale(scale, RoundingMode.HALF_EVEN));
    }
  }

  @Test
  void long_chains_mixing_decimals_and_other_fractions_stay_exact_through_the_lazy_reduction() {
    SplittableRandom random = new SplittableRandom(3);
    for (int chain = 0; chain < 100; chain++) {
      Ratio sum = Ratio.ZERO;
      BigInteger[] expected = {BigInteger.ZERO, BigInteger.ONE};
      for (int step = 0; step < 60; step++) {
        boolean decimal = random.nextInt(3) > 0;
        BigInteger[] term = decimal
            ? fraction(BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), random.nextInt(0, 19)))
            : new BigInteger[] {BigInteger.valueOf(random.nextLong(-1_000_000, 1_000_000)), BigInteger.valueOf(random.nextLong(1, 100_000))};
        Ratio r = Ratio.of(term[0], term[1]);
        if (random.nextInt(8) == 0 && term[0].signum() != 0) {
          sum = sum.times(r);
          expected = new BigInteger[] {expected[0].multiply(term[0]), expected[1].multiply(term[1])};
        } else {
          sum = sum.plus(r);
          expected = new BigInteger[] {expected[0].multiply(term[1]).add(term[0].multiply(expected[1])), expected[1].multiply(term[1])};
        }
        BigInteger gcd = expected[0].gcd(expected[1]);
        expected = new BigInteger[] {expected[0].divide(gcd), expected[1].divide(gcd)};
        assertThat(sum).hasToString(text(expected[0], expected[1]));
        BigDecimal exact = new BigDecimal(expected[0]).divide(new BigDecimal(expected[1]), 18, RoundingMode.HALF_EVEN);
        assertThat(sum.toDecimal(18)).isEqualTo(exact);
      }
    }
  }

  @Test
  void equal_values_held_in_other_terms_are_equal_hash_alike_and_compare_as_equal() {
    Ratio fromDecimal = Ratio.of(new BigDecimal("1.50"));
    Ratio sum = Ratio.of(new BigDecimal("0.7500")).plus(Ratio.of(new BigDecimal("0.75")));
    Ratio product = Ratio.of(new BigDecimal("0.5")).times(Ratio.of(3));
    Ratio quotient = Ratio.of(30).dividedBy(Ratio.of(20));

    for (Ratio r : List.of(sum, product, quotient)) {
      assertThat(r).isEqualTo(fromDecimal).hasSameHashCodeAs(fromDecimal).hasToString("3/2");
      assertThat(r.compareTo(fromDecimal)).isZero();
    }
    assertThat(new HashSet<>(List.of(fromDecimal, sum, product, quotient))).hasSize(1);
    assertThat(Ratio.of(new BigDecimal("2.000")).isInteger()).isTrue();
    assertThat(Ratio.of(new BigDecimal("-1.50")).floor()).isEqualTo(Ratio.of(-2));
    assertThat(Ratio.of(new BigDecimal("1.50")).minus(Ratio.of(new BigDecimal("1.5")))).isEqualTo(Ratio.ZERO).hasSameHashCodeAs(Ratio.ZERO);
  }

  @Test
  void unscaled_values_at_the_long_edges_are_read_exactly() {
    for (long unscaled : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
      for (int scale : new int[] {0, 1, 9, 18, 19, 25, -3}) {
        BigDecimal value = BigDecimal.valueOf(unscaled, scale);
        BigInteger[] exact = fraction(value);
        assertThat(Ratio.of(value)).as("%s", value).hasToString(text(exact[0], exact[1]));
        assertThat(Ratio.of(value).negate().plus(Ratio.of(value))).isEqualTo(Ratio.ZERO);
        assertThat(Ratio.of(value).toDecimal(30)).isEqualByComparingTo(value);
      }
    }
  }

  /** A decimal of scale 0..18 (sometimes beyond) whose unscaled value is small, near 2^31 or at the long edges. */
  private static BigDecimal decimal(SplittableRandom random) {
    long unscaled = switch (random.nextInt(4)) {
      case 0 -> random.nextLong(-100_000, 100_000);
      case 1 -> random.nextLong(-(1L << 32), 1L << 32);
      case 2 -> random.nextBoolean() ? Long.MAX_VALUE - random.nextLong(3) : Long.MIN_VALUE + random.nextLong(3);
      default -> random.nextLong();
    };
    int scale = random.nextInt(10) == 0 ? random.nextInt(-2, 24) : random.nextInt(0, 19);
    return BigDecimal.valueOf(unscaled, scale);
  }

  /** The exact fraction of a decimal, unscaled / 10^scale. */
  private static BigInteger[] fraction(BigDecimal value) {
    return value.scale() >= 0
        ? new BigInteger[] {value.unscaledValue(), BigInteger.TEN.pow(value.scale())}
        : new BigInteger[] {value.toBigIntegerExact(), BigInteger.ONE};
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
