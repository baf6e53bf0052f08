package io.phasewise.application.market.port.in;

import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.Asset;

/** Use case: list assets, filtered by type, exchange and text, ordered by symbol, one page at a time. */
public interface ListAssetsUseCase {
  Page<Asset> list(ListAssetsQuery query);
}
