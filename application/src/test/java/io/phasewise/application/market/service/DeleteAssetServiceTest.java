package io.phasewise.application.market.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.out.AssetInUseException;
import io.phasewise.application.testing.DirectTransactions;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import org.junit.jupiter.api.Test;

/** Deleting an asset: gone, missing, or kept because a portfolio's ledger names it (a conflict, not an error). */
class DeleteAssetServiceTest {
  private static final AssetId ASSET = AssetId.of(7);

  @Test
  void a_deleted_asset_is_answered_with_its_id_and_a_missing_one_is_not_found() {
    assertThat(new DeleteAssetService(id -> true, new DirectTransactions()).delete(ASSET).get()).isEqualTo(ASSET);
    assertThat(new DeleteAssetService(id -> false, new DirectTransactions()).delete(ASSET).getLeft())
        .isEqualTo(new Failure.NotFound("asset", "7"));
  }

  @Test
  void an_asset_a_ledger_names_is_a_conflict_that_says_why() {
    DeleteAssetService service = new DeleteAssetService(id -> {
      throw new AssetInUseException(id, null);
    }, new DirectTransactions());

    Failure failure = service.delete(ASSET).getLeft();

    assertThat(failure).isInstanceOf(Failure.Conflict.class);
    assertThat(failure.message()).contains("asset 7", "portfolio's ledger");
  }
}
