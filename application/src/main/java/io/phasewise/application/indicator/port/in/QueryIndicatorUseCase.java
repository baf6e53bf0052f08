package io.phasewise.application.indicator.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/**
 * Use case: compute any supported indicator for an asset and range. Values equal a computation over
 * the asset's whole history up to the end of the range (TA-Lib's seeding included).
 */
public interface QueryIndicatorUseCase {

  /** Every supported indicator, by name. */
  List<IndicatorDescription> catalog();

  Either<Failure, IndicatorSeries> compute(IndicatorQuery query);
}
