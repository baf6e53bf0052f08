package io.phasewise.application.portfolio.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand.UnknownSymbols;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A statement's symbols booked from one lookup of all their assets, as they were booked symbol by symbol. */
class StatementSymbolsTest {
  private static final CurrencyCode USD = new CurrencyCode("USD");
  private static final CurrencyCode EUR = new CurrencyCode("EUR");

  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId apple = bed.asset("AAPL", AssetType.STOCK, "USD");
  private final AssetId bitcoin = bed.asset("BTC-USD", AssetType.CRYPTO, "USD");
  private final CountingFind find = new CountingFind(bed.market.useCases.findAsset());

  private StatementSymbols symbols(UnknownSymbols unknown, Collection<String> named) {
    return new StatementSymbols(find, bed.market.useCases.registerAsset(), unknown, named);
  }

  @Test
  void the_assets_of_all_the_symbols_are_read_in_one_lookup_and_book_as_one_by_one() {
    bed.asset("BTC-USD", AssetType.STOCK, "USD");
    StatementSymbols batched = symbols(UnknownSymbols.REGISTER, Set.of("AAPL", "BTC-USD", "not valid"));

    assertThat(batched.instrument("AAPL", EUR)).isEqualTo(Either.right(new Instrument.Tracked(apple, USD)));
    assertThat(batched.instrument("BTC-USD", USD)).isEqualTo(Either.right(new Instrument.Tracked(bitcoin, USD)));
    assertThat(batched.instrument("not valid", USD).getLeft()).isEqualTo("symbol 'not valid' is not a valid asset symbol to register");
    assertThat(find.batches).containsExactly(Set.of("AAPL", "BTC-USD", "not valid"));
    assertThat(find.single).isEmpty();
  }

  @Test
  void an_unknown_symbol_is_registered_once_and_its_new_asset_books_its_rows_in_any_currency() {
    StatementSymbols batched = symbols(UnknownSymbols.REGISTER, List.of("NEWCO"));

    Instrument first = batched.instrument("NEWCO", USD).get();
    Instrument again = batched.instrument("NEWCO", EUR).get();

    Asset newco = bed.market.useCases.findAsset().findBySymbol("NEWCO", AssetType.STOCK).get();
    assertThat(first).isEqualTo(new Instrument.Tracked(newco.id(), USD));
    assertThat(again).isEqualTo(first);
    assertThat(batched.registered()).containsExactly("NEWCO");
    assertThat(find.single).isEmpty();
  }

  @Test
  void unknown_symbols_may_stay_external_and_a_symbol_not_named_up_front_is_still_looked_up() {
    StatementSymbols batched = symbols(UnknownSymbols.EXTERNAL, List.of());

    assertThat(batched.instrument("NEWCO", EUR)).isEqualTo(Either.right(new Instrument.External("NEWCO", EUR)));
    assertThat(batched.instrument("AAPL", USD)).isEqualTo(Either.right(new Instrument.Tracked(apple, USD)));
    assertThat(batched.registered()).isEmpty();
    assertThat(find.single).containsExactly("NEWCO", "AAPL");
  }

  /** The market's lookups, counted. */
  private static final class CountingFind implements FindAssetUseCase {
    private final FindAssetUseCase delegate;
    private final List<Set<String>> batches = new ArrayList<>();
    private final List<String> single = new ArrayList<>();

    CountingFind(FindAssetUseCase delegate) {
      this.delegate = delegate;
    }

    @Override
    public Either<Failure, Asset> find(AssetId id) {
      return delegate.find(id);
    }

    @Override
    public Either<Failure, Asset> findBySymbol(String symbol, AssetType type) {
      return delegate.findBySymbol(symbol, type);
    }

    @Override
    public List<Asset> withSymbol(String symbol) {
      single.add(symbol);
      return delegate.withSymbol(symbol);
    }

    @Override
    public Map<String, List<Asset>> withSymbols(Collection<String> symbols) {
      batches.add(Set.copyOf(symbols));
      return delegate.withSymbols(symbols);
    }
  }
}
