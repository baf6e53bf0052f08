package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.ListAssetsQuery;
import io.phasewise.application.market.port.in.ListAssetsUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.shared.Page;
import io.phasewise.domain.market.Asset;

/** Lists assets by the filters of a {@link ListAssetsQuery}. */
public final class ListAssetsService implements ListAssetsUseCase {
  private final LoadAssetsPort load;

  public ListAssetsService(LoadAssetsPort load) {
    this.load = load;
  }

  @Override
  public Page<Asset> list(ListAssetsQuery query) {
    return load.list(query.type(), query.exchange(), query.text(), query.page());
  }
}
