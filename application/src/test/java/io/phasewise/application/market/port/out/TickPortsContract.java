package io.phasewise.application.market.port.out;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.d;
import static io.phasewise.application.testing.MarketFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the tick ports passes (fake and database); each test starts from an empty store. */
public abstract class TickPortsContract {
  protected abstract SaveTicksPort save();

  protected abstract LoadTicksPort load();

  protected abstract AssetId newAsset(String symbol);

  @Test
  void ticks_are_stored_idempotently_and_read_in_time_order() {
    AssetId a = newAsset("TICK");
    Tick quote = new Tick(T0.plusMillis(1500), null, null, d("9.9"), d("10.1"), d("3"), d("4"), "feed");
    List<Tick> ticks = List.of(trade(T0.plusSeconds(2), "10.2", "5"), trade(T0, "10", "1"), quote);

    assertThat(save().saveAll(a, ticks)).isEqualTo(new UpsertCount(3, 0, 0));
    assertThat(save().saveAll(a, ticks)).isEqualTo(new UpsertCount(0, 0, 3));
    assertThat(save().saveAll(a, List.of(trade(T0, "10", "2")))).isEqualTo(new UpsertCount(0, 1, 0));

    List<Tick> read = load().load(a, T0, T0.plusSeconds(60));
    assertThat(read).extracting(Tick::time).containsExactly(T0, T0.plusMillis(1500), T0.plusSeconds(2));
    assertThat(read.get(1)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(quote);
    assertThat(read.get(0).size()).isEqualByComparingTo("2");
    assertThat(load().load(a, T0.plusSeconds(1), T0.plusSeconds(2))).hasSize(1);
  }
}
