package io.phasewise.domain.indicator;

/**
 * Running sum and sum of squares of a sliding window, each kept as a double plus its accumulated
 * rounding error (compensated summation, squares split exactly with {@link Math#fma}), so the variance
 * of every window is as exact as a two-pass computation even after millions of bars at large price
 * levels, where a plain running sum of squares cancels catastrophically and drifts.
 */
final class WindowMoments {

  private double sum;
  private double sumError;
  private double squares;
  private double squaresError;

  /** Takes {@code value} into the window. */
  void add(double value) {
    double square = value * value;
    squaresError += Math.fma(value, value, -square);
    accumulate(value, square);
  }

  /** Takes {@code value}, added earlier, out of the window. */
  void remove(double value) {
    double square = value * value;
    squaresError -= Math.fma(value, value, -square);
    accumulate(-value, -square);
  }

  /** The mean of the {@code count} values in the window. */
  double mean(int count) {
    return (sum + sumError) / count;
  }

  /** {@code count² ×} the population variance of the window: {@code count Σx² − (Σx)²}, never negative. */
  double scaledVariance(int count) {
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

  private void accumulate(double value, double square) {
    double newSum = sum + value;
    double part = newSum - sum;
    sumError += (sum - (newSum - part)) + (value - part);
    sum = newSum;
    double newSquares = squares + square;
    double squarePart = newSquares - squares;
    squaresError += (squares - (newSquares - squarePart)) + (square - squarePart);
    squares = newSquares;
  }
}
