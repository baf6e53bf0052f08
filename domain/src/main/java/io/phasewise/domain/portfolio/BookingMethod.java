package io.phasewise.domain.portfolio;

/** How a sale is matched against open lots, chosen per portfolio ({@link #FIFO} by default). */
public enum BookingMethod {
  /** The oldest lot first. */
  FIFO,
  /** The newest lot first. */
  LIFO,
  /** The lot with the highest unit cost first. */
  HIFO,
  /** One moving average cost per holding; only acquisitions change it. */
  AVERAGE,
  /** The sale names the lots it closes ({@link LotPick}). */
  SPECIFIC_ID
}
