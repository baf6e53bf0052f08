package io.phasewise.domain.indicator;

/**
 * Package helper: means, variances and covariance of the last {@code window} pairs (x, y), updated in
 * constant time by Welford's add and remove steps. The moments are recomputed from the window by two
 * passes once every {@code window} pushes (amortised constant work), so rounding error cannot
 * accumulate beyond one window, and at once when a removal cancels most of a sum of squares (a
 * large value leaving a quiet window), where the subtraction would otherwise lose up to all digits.
 * A window of identical values is recognised exactly, by counting
 * repeats, because the updated sums only approach zero there.
 */
final class PairedWindowMoments {

  private static final double CANCELLATION = 1e-6;

  private final int window;
  private final double[] xs;
  private final double[] ys;
  private int next;
  private int size;
  private int sinceRebuild;
  private int repeatsX;
  private int repeatsY;
  private double meanX;
  private double meanY;
  private double squaresX;
  private double squaresY;
  private double products;

  PairedWindowMoments(int window) {
    this.window = window;
    xs = new double[window];
    ys = new double[window];
  }

  void push(double x, double y) {
    int last = next == 0 ? window - 1 : next - 1;
    repeatsX = size > 0 && xs[last] == x ? repeatsX + 1 : 1;
    repeatsY = size > 0 && ys[last] == y ? repeatsY + 1 : 1;
    boolean cancelled = size == window && remove(xs[next], ys[next]);
    xs[next] = x;
    ys[next] = y;
    next = next + 1 == window ? 0 : next + 1;
    add(x, y);
    if (++sinceRebuild == window || cancelled) rebuild();
  }

  private void add(double x, double y) {
    size++;
    double dx = x - meanX;
    double dy = y - meanY;
    meanX += dx / size;
    meanY += dy / size;
    squaresX += dx * (x - meanX);
    squaresY += dy * (y - meanY);
    products += dx * (y - meanY);
  }

  /** Removes a pair; true when the sums of squares lost more than about six of their digits doing so. */
  private boolean remove(double x, double y) {
    size--;
    double meanXAfter = meanX - (x - meanX) / size;
    double meanYAfter = meanY - (y - meanY) / size;
    double removedX = (x - meanXAfter) * (x - meanX);
    double removedY = (y - meanYAfter) * (y - meanY);
    squaresX -= removedX;
    squaresY -= removedY;
    products -= (x - meanXAfter) * (y - meanY);
    meanX = meanXAfter;
    meanY = meanYAfter;
    return squaresX < CANCELLATION * removedX || squaresY < CANCELLATION * removedY;
  }

  private void rebuild() {
    double sumX = 0;
    double sumY = 0;
    for (int i = 0; i < size; i++) {
      sumX += xs[i];
      sumY += ys[i];
    }
    meanX = sumX / size;
    meanY = sumY / size;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < size; i++) {
      double dx = xs[i] - meanX;
      double dy = ys[i] - meanY;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    squaresX = sxx;
    squaresY = syy;
    products = sxy;
    sinceRebuild = 0;
  }

  boolean full() {
    return size == window;
  }

  double meanX() {
    return meanX;
  }

  /** Sample variance of x (n − 1); exactly 0 when the window holds one repeated value. */
  double varianceX() {
    return repeatsX >= size ? 0 : Math.max(0, squaresX / (size - 1));
  }

  /** Sample variance of y (n − 1); exactly 0 when the window holds one repeated value. */
  double varianceY() {
    return repeatsY >= size ? 0 : Math.max(0, squaresY / (size - 1));
  }

  /** Sample covariance (n − 1). */
  double covariance() {
    return products / (size - 1);
  }
}
