package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number (numerator / positive denominator), used inside the lot book so that
 * splits, reverse splits and exchange rates never round: 10 shares after 2:1 and then 1:3 are exactly
 * 20/3. Values are rounded only when they leave the domain ({@link #toDecimal}).
 *
 * <p>A value whose lowest terms fit a {@code long} (other than {@link Long#MIN_VALUE}) is held in two
 * longs and computed on longs, checked for overflow; any other value is held in {@link BigInteger}s,
 * in lowest terms. The long form is what a ledger of prices, fees and quantities needs almost always.
 *
 * <p>The long form is reduced lazily: finding a GCD costs more than the operation itself, and the
 * ledger's values are mostly decimals whose denominators are powers of ten, which add without one (a
 * denominator that divides the other only scales that numerator). A result is brought to lowest terms
 * only when an operation would overflow, and for {@link #hashCode} and {@link #toString}; equality
 * and order compare values (cross products on 128 bits), never representations.
 */
final class Ratio implements Comparable<Ratio> {
  static final Ratio ZERO = new Ratio(0, 1, true);
  static final Ratio ONE = new Ratio(1, 1, true);

  /** What {@link #mul} and {@link #add} return when the result does not fit; never a part of the long form. */
  private static final long OVERFLOW = Long.MIN_VALUE;
  private static final long[] POWERS_OF_TEN = new long[19];
  private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal SMALLEST = LARGEST.negate();

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
  }

  private final long num;
  private final long den;
  /** Whether the long form is known to be in lowest terms. */
  private final boolean lowest;
  /** The BigInteger form, both null in the long form. */
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Ratio(long num, long den, boolean lowest) {
    this.num = num;
    this.den = den;
    this.lowest = lowest;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Ratio(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.lowest = true;
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
    return fitsLong(num) && fitsLong(den) ? new Ratio(num.longValue(), den.longValue(), true) : new Ratio(num, den);
  }

  /** The decimal's value; one with a long unscaled value and a scale of 0..18 is read without a BigInteger or a GCD. */
  static Ratio of(BigDecimal value) {
    int scale = value.scale();
    if (scale >= 0 && scale < POWERS_OF_TEN.length) {
      // the unscaled value at scale 0, sharing the decimal's compact long: longValue() hands that back
      BigDecimal unscaled = value.scaleByPowerOfTen(scale);
      if (unscaled.compareTo(LARGEST) <= 0 && unscaled.compareTo(SMALLEST) >= 0) {
        return fraction(unscaled.longValue(), POWERS_OF_TEN[scale]);
      }
    }
    if (scale <= 0) return of(value.toBigIntegerExact(), BigInteger.ONE);
    return of(value.unscaledValue(), BigInteger.TEN.pow(scale));
  }

  static Ratio of(long value) {
    return value == OVERFLOW ? new Ratio(BigInteger.valueOf(value), BigInteger.ONE) : new Ratio(value, 1, true);
  }

  Ratio plus(Ratio o) {
    return plusOrMinus(o, false);
  }

  Ratio minus(Ratio o) {
    return plusOrMinus(o, true);
  }

  /** this + o, or this − o when {@code subtract}, without making −o first. */
  private Ratio plusOrMinus(Ratio o, boolean subtract) {
    if (o.isZero()) return this;
    if (isZero()) return subtract ? o.negate() : o;
    if (isLong() && o.isLong()) {
      long c = subtract ? -o.num : o.num;
      Ratio sum = sum(num, den, c, o.den);
      if (sum != null) return sum;
      if (!lowest || !o.lowest) return lowestTerms().plusOrMinus(o.lowestTerms(), subtract);
      sum = lowestSum(num, den, c, o.den);
      if (sum != null) return sum;
    }
    BigInteger c = subtract ? o.bigNum().negate() : o.bigNum();
    return of(bigNum().multiply(o.bigDen()).add(c.multiply(bigDen())), bigDen().multiply(o.bigDen()));
  }

  Ratio times(Ratio o) {
    if (o.isOne()) return this;
    if (isOne()) return o;
    if (isLong() && o.isLong()) {
      long n = mul(num, o.num);
      long d = mul(den, o.den);
      if (n != OVERFLOW && d != OVERFLOW) return fraction(n, d);
      if (!lowest || !o.lowest) return lowestTerms().times(o.lowestTerms());
      Ratio product = lowestProduct(num, den, o.num, o.den);
      if (product != null) return product;
    }
    return of(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
  }

  Ratio dividedBy(Ratio o) {
    if (o.signum() == 0) throw new ArithmeticException("division of a ratio by 0");
    return times(o.inverse());
  }

  Ratio negate() {
    return isLong() ? new Ratio(-num, den, lowest) : of(bigNum.negate(), bigDen);
  }

  Ratio abs() {
    return signum() < 0 ? negate() : this;
  }

  int signum() {
    return isLong() ? Long.signum(num) : bigNum.signum();
  }

  boolean isInteger() {
    return isLong() ? den == 1 || num % den == 0 : bigDen.equals(BigInteger.ONE);
  }

  /** The largest integer not above this value. */
  Ratio floor() {
    if (isLong()) return new Ratio(Math.floorDiv(num, den), 1, true);
    BigInteger[] qr = bigNum.divideAndRemainder(bigDen);
    BigInteger q = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return of(q, BigInteger.ONE);
  }

  Ratio min(Ratio o) {
    return compareTo(o) <= 0 ? this : o;
  }

  /** This value rounded half-even to {@code scale} places. */
  BigDecimal toDecimal(int scale) {
    if (!isLong()) return new BigDecimal(bigNum).divide(new BigDecimal(bigDen), scale, RoundingMode.HALF_EVEN);
    return den == 1
        ? BigDecimal.valueOf(num).setScale(scale, RoundingMode.HALF_EVEN)
        : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), scale, RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Ratio o) {
    if (isLong() && o.isLong()) return den == o.den ? Long.compare(num, o.num) : compareProducts(num, o.den, o.num, den);
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  /** Equal values are equal, whatever terms they are held in. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ratio r) || isLong() != r.isLong()) return false;
    return isLong() ? compareProducts(num, r.den, r.num, den) == 0 : bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
  }

  /** The hash of the lowest terms, so equal values hash alike. */
  @Override
  public int hashCode() {
    if (!isLong()) return bigNum.hashCode() * 31 + bigDen.hashCode();
    Ratio r = lowestTerms();
    return Long.hashCode(r.num) * 31 + Long.hashCode(r.den);
  }

  /** The lowest terms, "n" or "n/d". */
  @Override
  public String toString() {
    Ratio r = lowestTerms();
    return r.isLong() && r.den == 1 || !r.isLong() && r.bigDen.equals(BigInteger.ONE) ? r.bigNum().toString() : r.bigNum() + "/" + r.bigDen();
  }

  private boolean isLong() {
    return bigNum == null;
  }

  private boolean isZero() {
    return isLong() && num == 0;
  }

  private boolean isOne() {
    return isLong() && num == den;
  }

  private Ratio inverse() {
    if (!isLong()) return of(bigDen, bigNum);
    return num < 0 ? new Ratio(-den, -num, lowest) : new Ratio(den, num, lowest);
  }

  private Ratio lowestTerms() {
    return !isLong() || lowest ? this : reduced(num, den);
  }

  private BigInteger bigNum() {
    return isLong() ? BigInteger.valueOf(num) : bigNum;
  }

  private BigInteger bigDen() {
    return isLong() ? BigInteger.valueOf(den) : bigDen;
  }

  /** n / d as it comes, for d &gt; 0 and neither {@link #OVERFLOW}; a zero or an integer is in lowest terms already. */
  private static Ratio fraction(long n, long d) {
    return n == 0 ? ZERO : new Ratio(n, d, d == 1);
  }

  /** n / d in lowest terms, for d &gt; 0 and neither {@link #OVERFLOW}. */
  private static Ratio reduced(long n, long d) {
    if (d == 1) return new Ratio(n, 1, true);
    long g = gcd(Math.abs(n), d);
    return g == 1 ? new Ratio(n, d, true) : new Ratio(n / g, d / g, true);
  }

  /**
   * a/b + c/d without a GCD: over the common denominator when one denominator divides the other (the
   * decimal case), else over b × d; null on overflow.
   */
  private static Ratio sum(long a, long b, long c, long d) {
    long n;
    long den;
    if (b == d) {
      n = add(a, c);
      den = b;
    } else if (b > d && b % d == 0) {
      n = add(a, mul(c, b / d));
      den = b;
    } else if (d > b && d % b == 0) {
      n = add(mul(a, d / b), c);
      den = d;
    } else {
      n = add(mul(a, d), mul(c, b));
      den = mul(b, d);
    }
    return n == OVERFLOW || den == OVERFLOW ? null : fraction(n, den);
  }

  /** a/b + c/d, both in lowest terms, over the least common denominator and in lowest terms; null on overflow. */
  private static Ratio lowestSum(long a, long b, long c, long d) {
    long g = gcd(b, d);
    long n = add(mul(a, d / g), mul(c, b / g));
    long den = mul(b / g, d);
    return n == OVERFLOW || den == OVERFLOW ? null : reduced(n, den);
  }

  /** a/b × c/d, both in lowest terms, cancelled crosswise first, so in lowest terms; null on overflow. */
  private static Ratio lowestProduct(long a, long b, long c, long d) {
    long g1 = gcd(Math.abs(a), d);
    long g2 = gcd(Math.abs(c), b);
    long n = mul(a / g1, c / g2);
    long den = mul(b / g2, d / g1);
    return n == OVERFLOW || den == OVERFLOW ? null : new Ratio(n, den, true);
  }

  /** The sign of a × b − c × d, exactly: the products are compared on 128 bits. */
  private static int compareProducts(long a, long b, long c, long d) {
    int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
    return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
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

  /** a × b, or {@link #OVERFLOW} when either is {@link #OVERFLOW} or the product is not a long other than it. */
  private static long mul(long a, long b) {
    if (a == OVERFLOW || b == OVERFLOW) return OVERFLOW;
    long low = a * b;
    return Math.multiplyHigh(a, b) == low >> 63 ? low : OVERFLOW;
  }

  /** a + b, or {@link #OVERFLOW} when either is {@link #OVERFLOW} or the sum is not a long other than it. */
  private static long add(long a, long b) {
    if (a == OVERFLOW || b == OVERFLOW) return OVERFLOW;
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? OVERFLOW : sum;
  }

  private static boolean fitsLong(BigInteger value) {
    return value.bitLength() < 64 && value.longValue() != OVERFLOW;
  }
}
