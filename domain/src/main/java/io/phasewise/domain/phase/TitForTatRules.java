package io.phasewise.domain.phase;

/**
 * The parameters of {@link TitForTatClassifier}; {@link #DEFAULTS} were tuned on AAPL, SPY (2000–2012)
 * and BTC-USD (2014–2022) daily bars.
 *
 * <p>Every signal is scored in [−1, 1] (+1 fully bullish) by dividing a distance by its scale and
 * clipping:
 *
 * @param closeSmaScale close vs SMA50 and SMA20 vs SMA50: relative distance that scores ±1 (default 0.05)
 * @param macdAtrScale MACD minus signal, in ATR14, that scores ±1 (default 0.25)
 * @param adxFloor ADX at or below which ±DI carry no trend (default 15)
 * @param adxFull ADX at which ±DI carry full weight (default 35)
 * @param rsiScale RSI distance from 50 that scores ±1 (default 20)
 * @param returnZScale 5-day, 10-day (ROC) and 20-day returns in units of daily volatility × √days
 *     that score ±1 (default 1.5)
 * @param volumeZFloor volume z-score above which volume confirms the day's direction (default 1)
 * @param volumeZScale volume z-score above the floor for full confirmation (default 2)
 * @param trendWeight weight of the trend score in the composite (default 0.45)
 * @param momentumWeight weight of the momentum score (default 0.45)
 * @param volumeWeight weight of volume confirmation (default 0.10)
 * @param sentimentWeight weight of sentiment with {@code sentimentFullObservations} or more
 *     observations, scaled down linearly with fewer (default 0.20)
 * @param sentimentFullObservations observations for full sentiment weight (default 10)
 * @param shockSigma a one-bar fall larger than this many daily volatilities (of the 20 bars before)
 *     is a crash shock (default 5)
 * @param shockMinDropPct ...and at least this many percent (default 5)
 * @param defectScore composite at or below −defectScore, with close below SMA50, is a breakdown bar
 *     (default 0.35)
 * @param defectBars consecutive breakdown bars that turn COOP or FORGIVE into DEFECT (default 5)
 * @param forgiveRsi RSI at or above which a recovery bar is possible (default 55)
 * @param forgiveBars consecutive recovery bars that turn DEFECT into FORGIVE (default 5)
 * @param coopScore composite at or above which, with the trend repaired, a bar is cooperative
 *     (default 0.30)
 * @param coopBars consecutive cooperative bars that turn FORGIVE into COOP (default 10)
 * @param minDwellBars bars a phase is held at least before a persistence rule may change it; a
 *     crash shock changes it at once (default 10)
 */
public record TitForTatRules(double closeSmaScale, double macdAtrScale, double adxFloor, double adxFull, double rsiScale,
    double returnZScale, double volumeZFloor, double volumeZScale, double trendWeight, double momentumWeight,
    double volumeWeight, double sentimentWeight, int sentimentFullObservations, double shockSigma,
    double shockMinDropPct, double defectScore, int defectBars, double forgiveRsi, int forgiveBars, double coopScore,
    int coopBars, int minDwellBars) {

  public static final TitForTatRules DEFAULTS = new TitForTatRules(0.05, 0.25, 15, 35, 20, 1.5, 1, 2, 0.45, 0.45, 0.10,
      0.20, 10, 5, 5, 0.35, 5, 55, 5, 0.30, 10, 10);

  public TitForTatRules {
    positive("closeSmaScale", closeSmaScale);
    positive("macdAtrScale", macdAtrScale);
    positive("rsiScale", rsiScale);
    positive("returnZScale", returnZScale);
    positive("volumeZScale", volumeZScale);
    positive("shockSigma", shockSigma);
    if (!(adxFull > adxFloor)) throw new IllegalArgumentException("adxFull must exceed adxFloor");
    if (!(trendWeight >= 0 && momentumWeight >= 0 && volumeWeight >= 0 && sentimentWeight >= 0)
        || trendWeight + momentumWeight <= 0) {
      throw new IllegalArgumentException("weights must be >= 0, trend + momentum > 0");
    }
    if (sentimentFullObservations < 1) throw new IllegalArgumentException("sentimentFullObservations must be >= 1");
    if (!(shockMinDropPct >= 0)) throw new IllegalArgumentException("shockMinDropPct must be >= 0");
    if (!(defectScore > 0 && defectScore < 1)) throw new IllegalArgumentException("defectScore must be in (0,1)");
    if (!(coopScore > -1 && coopScore < 1)) throw new IllegalArgumentException("coopScore must be in (-1,1)");
    if (!(forgiveRsi > 0 && forgiveRsi < 100)) throw new IllegalArgumentException("forgiveRsi must be in (0,100)");
    if (defectBars < 1 || forgiveBars < 1 || coopBars < 1 || minDwellBars < 1) throw new IllegalArgumentException("bar counts must be >= 1");
  }

  /** The longest look-back of the persistence rules, in bars (the current one included). */
  public int persistenceBars() {
    return Math.max(defectBars, Math.max(forgiveBars, coopBars));
  }

  private static void positive(String name, double value) {
    if (!(value > 0)) throw new IllegalArgumentException(name + " must be > 0: " + value);
  }
}
