package io.phasewise.domain.indicator;

/**
 * Running sum and sum of squares of a sliding window, each kept as a double plus its accumulated
 * rounding error (compensated summation, squares split exactly with {@link Math#fma}), so the variance
 * of every window is as exact as a two-pass computation even after millions of bars at large price
 * levels, where a plain running sum of squares cancels catastrophically and drifts.
 *
 * <p>A window of equal values is recognised by counting repeats and has variance exactly 0: once other
 * values have passed through, the error terms keep a residue of order eps² times the largest sums seen,
 * which would show as a σ of about 1e-15 of the price and turn %B into noise.
 */
final class WindowMoments {

  /** Windows per block of {@link #slideAll}: its scratch columns stay within the L1 cache. */
  private static final int BLOCK = 256;

  /** The {@code rest} that marks a window of equal values: it makes the scaled variance -∞, clamped to 0. */
  private static final double EQUAL = Double.NEGATIVE_INFINITY;

  private double sum;
  private double sumError;
  private double squares;
  private double squaresError;
  private double last = Double.NaN;
  private int repeats;

  /** Told when {@link #slideAll} has filled the windows ending at {@code end .. end + length - 1}. */
  interface Block {
    void filled(int end, int length);
  }

  /**
   * Takes {@code entering} into the window and {@code leaving}, taken in earlier (or 0 while the window
   * fills, which changes nothing), out of it, with one rounding step per running sum, so consecutive
   * values wait on each other for one addition.
   */
  void slide(double entering, double leaving) {
    double newSum = sum + (entering - leaving);
    double newSquares = squares + (entering * entering - leaving * leaving);
    sumError += sumSlideError(entering, leaving, sum, newSum);
    squaresError += squaresSlideError(entering, leaving, squares, newSquares);
    sum = newSum;
    squares = newSquares;
    repeats = entering == last ? repeats + 1 : 1;
    last = entering;
  }

  /** The sum of the values in the window. */
  double total() {
    return sum + sumError;
  }

  /** {@code count² ×} the population variance of the last {@code count} values taken in. */
  double scaledVariance(int count) {
    return scaledVariance(count, squares, total(), rest(count));
  }

  /** The rest of {@link #scaledVariance(int)} besides the sum of squares and the total. */
  private double rest(int count) {
    return repeats >= count ? EQUAL : rest(count, total(), sum, sumError, squaresError);
  }

  /**
   * Every window of {@code period} values of {@code in}, from the one ending at index {@code period - 1}
   * on, as a {@link #slide} per value would see it: writes its sum of squares to {@code squares}, its
   * {@link #total} to {@code total} and the rest of its {@link #scaledVariance} to {@code rest}, at the
   * index where the window ends, so that {@link #scaledVariance(int, double, double, double)} of the
   * three gives the scaled variance; then tells {@code block}, so the caller can turn them into its
   * outputs in place while they are in the cache.
   */
  static void slideAll(double[] in, int period, double[] squares, double[] total, double[] rest, Block block) {
    int n = in.length;
    if (n < period) return;
    WindowMoments first = new WindowMoments();
    for (int i = 0; i < period; i++) first.slide(in[i], 0);
    squares[period - 1] = first.squares;
    total[period - 1] = first.total();
    rest[period - 1] = first.rest(period);
    block.filled(period - 1, 1);
    Blocks blocks = new Blocks(first, period);
    for (int end = period; end < n; end += BLOCK) {
      int length = Math.min(BLOCK, n - end);
      blocks.slide(in, end, length, squares, total, rest);
      block.filled(end, length);
    }
  }

  /**
   * The windows of {@link #slideAll} a block at a time, in a method of its own so that the JIT compiles
   * it fully after a few calls rather than replacing one long loop on the stack.
   *
   * <p>Only the two running sums wait on the previous window. Their rounding errors are computed
   * afterwards in loops over block-sized columns that the JIT vectorizes; it does not vectorize a loop
   * that reads one array at two offsets (hence the copies of the input and of the running sums) nor one
   * that mixes columns indexed differently. The running sums of the errors then write the three
   * columns, which spreads the writes to fresh memory over work that waits on additions.
   */
  private static final class Blocks {
    private final int period;
    private final double[] entering = new double[BLOCK];
    private final double[] leaving = new double[BLOCK];
    private final double[] sums = new double[BLOCK + 1];
    private final double[] squareSums = new double[BLOCK + 1];
    private final double[] sumBefore = new double[BLOCK];
    private final double[] sumAfter = new double[BLOCK];
    private final double[] squaresBefore = new double[BLOCK];
    private final double[] squaresAfter = new double[BLOCK];
    private final double[] changeErrors = new double[BLOCK];
    private final double[] sumErrors = new double[BLOCK];
    private final double[] squaresErrors = new double[BLOCK];
    private double sum;
    private double sumError;
    private double squareSum;
    private double squaresError;
    private double last;
    private int runStart;

    Blocks(WindowMoments first, int period) {
      this.period = period;
      sum = first.sum;
      sumError = first.sumError;
      squareSum = first.squares;
      squaresError = first.squaresError;
      last = first.last;
      runStart = period - first.repeats;
    }

    /** Slides over {@code in[end .. end + length - 1]}, {@code length} at most {@link #BLOCK}. */
    void slide(double[] in, int end, int length, double[] squares, double[] total, double[] rest) {
      System.arraycopy(in, end, entering, 0, length);
      System.arraycopy(in, end - period, leaving, 0, length);
      double sum = this.sum;
      double squareSum = this.squareSum;
      sums[0] = sum;
      squareSums[0] = squareSum;
      for (int k = 0; k < length; k++) {
        sum += entering[k] - leaving[k];
        squareSum += entering[k] * entering[k] - leaving[k] * leaving[k];
        sums[k + 1] = sum;
        squareSums[k + 1] = squareSum;
      }
      this.sum = sum;
      this.squareSum = squareSum;
      System.arraycopy(sums, 0, sumBefore, 0, length);
      System.arraycopy(sums, 1, sumAfter, 0, length);
      System.arraycopy(squareSums, 0, squaresBefore, 0, length);
      System.arraycopy(squareSums, 1, squaresAfter, 0, length);
      // sumSlideError in two loops: the JIT vectorizes each, not the two together
      for (int k = 0; k < length; k++) {
        changeErrors[k] = roundingError(entering[k], -leaving[k], entering[k] - leaving[k]);
      }
      for (int k = 0; k < length; k++) {
        sumErrors[k] = changeErrors[k] + roundingError(sumBefore[k], entering[k] - leaving[k], sumAfter[k]);
      }
      for (int k = 0; k < length; k++) {
        squaresErrors[k] = squaresSlideError(entering[k], leaving[k], squaresBefore[k], squaresAfter[k]);
      }
      double sumError = this.sumError;
      double squaresError = this.squaresError;
      double last = this.last;
      int runStart = this.runStart;
      for (int k = 0; k < length; k++) {
        sumError += sumErrors[k];
        squaresError += squaresErrors[k];
        runStart = entering[k] == last ? runStart : end + k;
        last = entering[k];
        double windowTotal = sumAfter[k] + sumError;
        squares[end + k] = squaresAfter[k];
        total[end + k] = windowTotal;
        rest[end + k] = end + k - runStart >= period - 1 ? EQUAL
            : rest(period, windowTotal, sumAfter[k], sumError, squaresError);
      }
      this.sumError = sumError;
      this.squaresError = squaresError;
      this.last = last;
      this.runStart = runStart;
    }
  }

  /**
   * {@code count² ×} the population variance of a window of {@code count} values from its sum of
   * squares, its total and the {@code rest} {@link #slideAll} gives: {@code count Σx² − (Σx)²}, never
   * negative, exactly 0 for a window of equal values.
   */
  static double scaledVariance(int count, double squares, double total, double rest) {
    double scaledSquares = count * squares;
    double scaledSquaresError = Math.fma(count, squares, -scaledSquares);
    double totalSquared = total * total;
    double totalSquaredError = Math.fma(total, total, -totalSquared);
    // the leading terms cancel exactly (Sterbenz) when the variance is small against the mean, which is
    // precisely when the error terms carry the answer
    double scaled = (scaledSquares - totalSquared) + (scaledSquaresError - totalSquaredError + rest);
    return Math.max(scaled, 0);
  }

  /**
   * The low-order part of {@code count Σx² − (Σx)²} once Σx, {@code sum + sumError}, is rounded to
   * {@code total}: {@code count × squaresError − 2 total × (what total lost)}.
   */
  private static double rest(int count, double total, double sum, double sumError, double squaresError) {
    return count * squaresError - 2 * total * roundingError(sum, sumError, total);
  }

  /** The rounding error of {@code before + (entering - leaving)}, which rounded to {@code after}. */
  private static double sumSlideError(double entering, double leaving, double before, double after) {
    double change = entering - leaving;
    return roundingError(entering, -leaving, change) + roundingError(before, change, after);
  }

  /** The rounding error of {@code before + (entering² - leaving²)}, which rounded to {@code after}. */
  private static double squaresSlideError(double entering, double leaving, double before, double after) {
    double enteringSquare = entering * entering;
    double leavingSquare = leaving * leaving;
    double change = enteringSquare - leavingSquare;
    return (Math.fma(entering, entering, -enteringSquare) - Math.fma(leaving, leaving, -leavingSquare))
        + roundingError(enteringSquare, -leavingSquare, change) + roundingError(before, change, after);
  }

  /** {@code a + b - sum} exactly, where {@code sum} is the rounded {@code a + b} (Knuth's two-sum). */
  private static double roundingError(double a, double b, double sum) {
    double bPart = sum - a;
    return (a - (sum - bPart)) + (b - bPart);
  }
}
