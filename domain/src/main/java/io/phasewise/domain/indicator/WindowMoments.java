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

  private double sum;
  private double sumError;
  private double squares;
  private double squaresError;
  private double last = Double.NaN;
  private int repeats;

  /** Takes {@code value} into the window. */
  void add(double value) {
    double square = value * value;
    squaresError += Math.fma(value, value, -square);
    accumulate(value, square);
    countRepeats(value);
  }

  /** Takes {@code value}, added earlier, out of the window. */
  void remove(double value) {
    double square = value * value;
    squaresError -= Math.fma(value, value, -square);
    accumulate(-value, -square);
  }

  /**
   * Takes {@code entering} into the window and {@code leaving}, added earlier (or 0, which changes
   * nothing), out of it, as exactly as {@link #add} then {@link #remove} but with one rounding step per
   * running sum, so consecutive bars wait on each other for one addition instead of two.
   */
  void slide(double entering, double leaving) {
    double enteringSquare = entering * entering;
    double leavingSquare = leaving * leaving;
    double change = entering - leaving;
    double squaresChange = enteringSquare - leavingSquare;
    double newSum = sum + change;
    double newSquares = squares + squaresChange;
    sumError += roundingError(entering, -leaving, change) + roundingError(sum, change, newSum);
    squaresError += (Math.fma(entering, entering, -enteringSquare) - Math.fma(leaving, leaving, -leavingSquare))
        + roundingError(enteringSquare, -leavingSquare, squaresChange) + roundingError(squares, squaresChange, newSquares);
    sum = newSum;
    squares = newSquares;
    countRepeats(entering);
  }

  /** The sum of the values in the window. */
  double total() {
    return sum + sumError;
  }

  /**
   * {@code count² ×} the population variance of the window of the last {@code count} values taken in:
   * {@code count Σx² − (Σx)²}, never negative.
   */
  double scaledVariance(int count) {
    if (repeats >= count) return 0;
    double scaledSquares = count * squares;
    double scaledSquaresError = Math.fma(count, squares, -scaledSquares);
    double sumSquared = sum * sum;
    double sumSquaredError = Math.fma(sum, sum, -sumSquared);
    // the leading terms cancel exactly (Sterbenz) when the variance is small against the mean, which is
    // precisely when the error terms carry the answer
    double scaled = (scaledSquares - sumSquared)
        + (scaledSquaresError - sumSquaredError + count * squaresError - 2 * sum * sumError);
    return scaled > 0 ? scaled : 0;
  }

  private void countRepeats(double value) {
    repeats = value == last ? repeats + 1 : 1;
    last = value;
  }

  private void accumulate(double value, double square) {
    double newSum = sum + value;
    sumError += roundingError(sum, value, newSum);
    sum = newSum;
    double newSquares = squares + square;
    squaresError += roundingError(squares, square, newSquares);
    squares = newSquares;
  }

  /** {@code a + b - sum} exactly, where {@code sum} is the rounded {@code a + b} (Knuth's two-sum). */
  private static double roundingError(double a, double b, double sum) {
    double bPart = sum - a;
    return (a - (sum - bPart)) + (b - bPart);
  }
}
