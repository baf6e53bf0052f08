package io.phasewise.application.portfolio.port.in;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Use case: the caller's portfolios by name, without their ledgers. */
public interface ListPortfoliosUseCase {
  Either<Failure, List<PortfolioSummaryRow>> list(UserId owner);
}
