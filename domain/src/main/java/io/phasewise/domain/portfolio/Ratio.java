package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number (numerator / positive denominator, in lowest terms), used inside the lot
 * book so that splits, reverse splits and exchange rates never round: 10 shares after 2:1 and then
 * 1:3 are exactly 20/3. Values are rounded only when they leave the domain ({@link #toDecimal}).
 *
 * <p>A value whose numerator and denominator both fit a {@code long} (other than
 * {@link Long#MIN_VALUE}) is held in two longs and computed on longs, checked for overflow; any other
 * value is held in {@link BigInteger}s. Each value has exactly one of the two forms, so equal values
 * are equal objects. The long form is what a ledger of prices, fees and quantities needs almost
 * always, and costs one object per operation instead of a handful of BigIntegers.
 */
final class Ratio implements Comparable<Ratio> {
  static final Ratio ZERO = new Ratio(0, 1);
  static final Ratio ONE = new Ratio(1, 1);

  /** What {@link #mul} and {@link #add} return when the result does not fit; never a numerator of the long form. */
  private static final long OVERFLOW = Long.MIN_VALUE;
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
  }

  private final long num;
  private final long den;
  /** The BigInteger form, both null in the long form. */
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Ratio(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Ratio(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
  }

  static Ratio of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) throw new IllegalArgumentException("a ratio's denominator must not be 0");
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (fitsLong(num) && fitsLong(den)) return reduced(num.longValue(), den.longValue());
    if (!den.equals(BigInteger.ONE)) {
      BigInteger gcd = num.gcd(den);
      if (!gcd.equals(BigInteger.ONE)) {
        num = num.divide(gcd);
        den = den.divide(gcd);
      }
    }
    return fitsLong(num) && fitsLong(den) ? new Ratio(num.longValue(), den.longValue()) : new Ratio(num, den);
  }

  static Ratio of(BigDecimal value) {
    if (value.scale() <= 0) return of(value.toBigIntegerExact(), BigInteger.ONE);
    BigInteger unscaled = value.unscaledValue();
    return value.scale() < POWERS_OF_TEN.length && fitsLong(unscaled)
        ? reduced(unscaled.longValue(), POWERS_OF_TEN[value.scale()])
        : of(unscaled, BigInteger.TEN.pow(value.scale()));
  }

  static Ratio of(long value) {
    return value == OVERFLOW ? new Ratio(BigInteger.valueOf(value), BigInteger.ONE) : new Ratio(value, 1);
  }

  Ratio plus(Ratio o) {
    if (isLong() && o.isLong()) {
      boolean same = den == o.den;
      long a = same ? num : mul(num, o.den);
      long b = same ? o.num : mul(o.num, den);
      long d = same ? den : mul(den, o.den);
      long n = a == OVERFLOW || b == OVERFLOW ? OVERFLOW : add(a, b);
      if (n != OVERFLOW && d != OVERFLOW) return reduced(n, d);
    }
    return of(bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())), bigDen().multiply(o.bigDen()));
  }

  Ratio minus(Ratio o) {
    return plus(o.negate());
  }

  Ratio times(Ratio o) {
    if (o.isOne()) return this;
    if (isLong() && o.isLong()) {
      long n = mul(num, o.num);
      long d = mul(den, o.den);
      if (n != OVERFLOW && d != OVERFLOW) return reduced(n, d);
    }
    return of(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
  }

  Ratio dividedBy(Ratio o) {
    if (o.signum() == 0) throw new ArithmeticException("division of a ratio by 0");
    if (o.isOne()) return this;
    if (isLong() && o.isLong()) {
      long n = mul(num, o.den);
      long d = mul(den, o.num);
      if (n != OVERFLOW && d != OVERFLOW) return d < 0 ? reduced(-n, -d) : reduced(n, d);
    }
    return of(bigNum().multiply(o.bigDen()), bigDen().multiply(o.bigNum()));
  }

  Ratio negate() {
    return isLong() ? new Ratio(-num, den) : of(bigNum.negate(), bigDen);
  }

  Ratio abs() {
    return signum() < 0 ? negate() : this;
  }

  int signum() {
    return isLong() ? Long.signum(num) : bigNum.signum();
  }

  boolean isInteger() {
    return isLong() ? den == 1 : bigDen.equals(BigInteger.ONE);
  }

  /** The largest integer not above this value. */
  Ratio floor() {
    if (isLong()) return new Ratio(Math.floorDiv(num, den), 1);
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return of(q, BigInteger.ONE);
  }

  Ratio min(Ratio o) {
    return compareTo(o) <= 0 ? this : o;
  }

  /** This value rounded half-even to {@code scale} places. */
  BigDecimal toDecimal(int scale) {
    return isLong()
        ? BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, RoundingMode.HALF_EVEN)
        : new BigDecimal(bigNum).divide(new BigDecimal(bigDen), scale, RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Ratio o) {
    if (isLong() && o.isLong()) {
      if (den == o.den) return Long.compare(num, o.num);
      long left = mul(num, o.den);
      long right = mul(o.num, den);
      if (left != OVERFLOW && right != OVERFLOW) return Long.compare(left, right);
    }
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ratio r) || isLong() != r.isLong()) return false;
    return isLong() ? num == r.num && den == r.den : bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
  }

  @Override
  public int hashCode() {
    return isLong() ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  @Override
  public String toString() {
    return isInteger() ? bigNum().toString() : bigNum() + "/" + bigDen();
  }

  private boolean isLong() {
    return bigNum == null;
  }

  private boolean isOne() {
    return isLong() && num == 1 && den == 1;
  }

  private BigInteger bigNum() {
    return isLong() ? BigInteger.valueOf(num) : bigNum;
  }

  private BigInteger bigDen() {
    return isLong() ? BigInteger.valueOf(den) : bigDen;
  }

  /** n / d in lowest terms, for d &gt; 0 and neither {@link #OVERFLOW}. */
  private static Ratio reduced(long n, long d) {
    if (d == 1) return new Ratio(n, 1);
    long g = gcd(Math.abs(n), d);
    return g == 1 ? new Ratio(n, d) : new Ratio(n / g, d / g);
  }

  /** Binary GCD of two non-negative longs: shifts and subtractions instead of divisions. */
  private static long gcd(long a, long b) {
    if (a == 0) return b;
    if (b == 0) return a;
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = b;
        b = a;
        a = t;
      }
      b -= a;
    }
    return a << shift;
  }

  /** a × b, or {@link #OVERFLOW} when the product is not a long other than {@link Long#MIN_VALUE}. */
  private static long mul(long a, long b) {
    long low = a * b;
    return Math.multiplyHigh(a, b) == low >> 63 ? low : OVERFLOW;
  }

  /** a + b, or {@link #OVERFLOW} when the sum is not a long other than {@link Long#MIN_VALUE}. */
  private static long add(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? OVERFLOW : sum;
  }

  private static boolean fitsLong(BigInteger value) {
    return value.bitLength() < 64 && value.longValue() != OVERFLOW;
  }
}
