package io.phasewise.adapters.providers.csv;

/** A candle attribute that a CSV column can be mapped to. */
public enum CandleField {
  /** Bar open time; required. */
  TIME("Time", true),
  OPEN("Open", true),
  HIGH("High", true),
  LOW("Low", true),
  CLOSE("Close", true),
  /** Provider-adjusted close; open, high and low are scaled by {@code adjClose / close}. */
  ADJ_CLOSE("Adj Close", false),
  VOLUME("Volume", true),
  /** Cash dividend going ex on the bar; an empty or {@code null} cell means none. */
  DIVIDEND("Dividend", false),
  /** Shares after / shares before for a split on the bar; an empty or {@code null} cell means none. */
  SPLIT_FACTOR("Split Factor", false),
  /** Source label of the bar; an empty cell means the source's default label. */
  SOURCE("Source", false);

  private final String label;
  private final boolean required;

  CandleField(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  /** How rejection reasons name the field when the file has no header. */
  public String label() {
    return label;
  }

  /** Whether every mapping must say where this field is. */
  public boolean required() {
    return required;
  }
}
