package io.phasewise.application.market.model;

import io.phasewise.domain.market.Candle;
import io.phasewise.domain.shared.InputText;
import java.util.Objects;

/** One row read from a candle feed: a good candle, or a rejection saying why the row is unusable. */
public sealed interface CandleRow permits CandleRow.Good, CandleRow.Rejected {

  /** 1-based line number in the origin (for a file: the line in the file, header included). */
  long line();

  /** A row that became a valid candle. */
  record Good(long line, Candle candle) implements CandleRow {
    public Good {
      Objects.requireNonNull(candle, "candle");
    }
  }

  /**
   * A row that cannot be stored, and why ("close is null", "low 5 above high 4"); a reason quoting
   * the row is kept {@link InputText#printable printable} and at most {@link #MAX_REASON} characters.
   */
  record Rejected(long line, String reason) implements CandleRow {
    /** Longest reason kept. */
    public static final int MAX_REASON = 500;

    public Rejected {
      reason = InputText.printable(Objects.requireNonNull(reason, "reason"), MAX_REASON);
    }
  }
}
