package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number (numerator / positive denominator, in lowest terms), used inside the lot
 * book so that splits, reverse splits and exchange rates never round: 10 shares after 2:1 and then
 * 1:3 are exactly 20/3. Values are rounded only when they leave the domain ({@link #toDecimal}).
 */
final class Ratio implements Comparable<Ratio> {
  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Ratio(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Ratio of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) throw new IllegalArgumentException("a ratio's denominator must not be 0");
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (den.equals(BigInteger.ONE)) return new Ratio(num, den);
    if (num.bitLength() < 63 && den.bitLength() < 63) return ofLongs(num.longValue(), den.longValue());
    BigInteger gcd = num.gcd(den);
    if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) return new Ratio(num, den);
    return new Ratio(num.divide(gcd), den.divide(gcd));
  }

  /** The common case, numbers that fit a long: Euclid on longs instead of BigInteger's gcd. */
  private static Ratio ofLongs(long num, long den) {
    long a = Math.abs(num);
    long b = den;
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a <= 1 ? new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den))
        : new Ratio(BigInteger.valueOf(num / a), BigInteger.valueOf(den / a));
  }

  static Ratio of(BigDecimal value) {
    return value.scale() <= 0
        ? new Ratio(value.toBigIntegerExact(), BigInteger.ONE)
        : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  static Ratio of(long value) {
    return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
  }

  Ratio plus(Ratio o) {
    if (den.equals(o.den)) return of(num.add(o.num), den);
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio minus(Ratio o) {
    return plus(o.negate());
  }

  Ratio times(Ratio o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  Ratio dividedBy(Ratio o) {
    if (o.num.signum() == 0) throw new ArithmeticException("division of a ratio by 0");
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  Ratio negate() {
    return new Ratio(num.negate(), den);
  }

  Ratio abs() {
    return num.signum() < 0 ? negate() : this;
  }

  int signum() {
    return num.signum();
  }

  boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  /** The largest integer not above this value. */
  Ratio floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return new Ratio(q, BigInteger.ONE);
  }

  Ratio min(Ratio o) {
    return compareTo(o) <= 0 ? this : o;
  }

  /** This value rounded half-even to {@code scale} places. */
  BigDecimal toDecimal(int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Ratio o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
