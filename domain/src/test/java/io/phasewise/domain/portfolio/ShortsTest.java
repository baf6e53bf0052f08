package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PORTFOLIO.md T14 and the oversell rule: shorts only where allowed, and only as an explicit SELL_SHORT. */
class ShortsTest {
  private final LedgerEvents acme = LedgerEvents.of(ACME);
  private final FixedMarketFacts facts = FixedMarketFacts.none().price(ACME, "2024-01-01", "55");

  @Test
  void t14_a_short_has_its_net_proceeds_as_basis_and_a_negative_market_value() {
    Portfolio portfolio = aPortfolio().allowingShorts().recording(facts, List.of(acme.sellShort("2024-01-02", 10, "50", "1")));
    Valuation.Holding h = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-01-03"), facts).holdings().get(0);

    assertThat(h.side()).isEqualTo(PositionSide.SHORT);
    assertThat(h.quantity()).isEqualByComparingTo("10");
    assertThat(h.costBasis()).isEqualByComparingTo("499.00");
    assertThat(h.marketValue()).isEqualByComparingTo("-550.00");
    assertThat(h.unrealized().net()).isEqualByComparingTo("-51.00");
    assertThat(h.unrealized().gross()).isEqualByComparingTo("-50.00");
  }

  @Test
  void t14_covering_realizes_the_proceeds_less_the_cost_of_the_cover() {
    Portfolio portfolio = aPortfolio().allowingShorts().recording(facts,
        List.of(acme.sellShort("2024-01-02", 10, "50", "1"), acme.cover("2024-01-04", 10, "40", "1")));
    Valuation v = PortfolioValuation.asOf(portfolio, LocalDate.parse("2024-01-05"), facts);

    assertThat(v.holdings()).isEmpty();
    Valuation.Realized realized = v.closed().get(0).realized();
    assertThat(realized.gain().net()).isEqualByComparingTo("98.00");
    assertThat(realized.gain().gross()).isEqualByComparingTo("100.00");
    assertThat(realized.gain().fees()).isEqualByComparingTo("2.00");
  }

  @Test
  void a_short_sale_is_refused_where_shorts_are_not_allowed() {
    LedgerEvent shortSale = acme.sellShort("2024-01-02", 10, "50", "1");

    assertThat(aPortfolio().build().record(shortSale, facts, PortfolioBuilder.AT).getLeft())
        .isEqualTo(new PortfolioRejection.ShortsNotAllowed(shortSale.id()));
  }

  @Test
  void an_oversell_is_refused_even_where_shorts_are_allowed_and_split_into_sell_and_sell_short_it_is_taken() {
    Portfolio holding = aPortfolio().allowingShorts().recording(facts, List.of(acme.buy("2024-01-02", 10, "50", "0")));
    LedgerEvent oversell = acme.sell("2024-01-03", 15, "55", "0");

    assertThat(holding.record(oversell, facts, PortfolioBuilder.AT).getLeft()).isInstanceOfSatisfying(PortfolioRejection.Oversold.class,
        o -> assertThat(o.event()).isEqualTo(oversell.id()));
    RecordedBatch split = holding.recordAll(List.of(acme.sell("2024-01-03", 10, "55", "0"), acme.sellShort("2024-01-03", 5, "55", "0")),
        facts, PortfolioBuilder.AT).get();
    assertThat(split.rejected()).isEmpty();
    Valuation.Holding h = PortfolioValuation.asOf(split.portfolio(), LocalDate.parse("2024-01-03"), facts).holdings().get(0);
    assertThat(h.side()).isEqualTo(PositionSide.SHORT);
    assertThat(h.quantity()).isEqualByComparingTo("5");
    assertThat(h.realized().gain().net()).isEqualByComparingTo("50.00");
  }

  @Test
  void covering_more_than_is_owed_is_refused() {
    Portfolio portfolio = aPortfolio().allowingShorts().recording(facts, List.of(acme.sellShort("2024-01-02", 10, "50", "0")));
    LedgerEvent cover = acme.cover("2024-01-03", 11, "40", "0");

    assertThat(portfolio.record(cover, facts, PortfolioBuilder.AT).getLeft())
        .isInstanceOfSatisfying(PortfolioRejection.Overcovered.class, o -> {
          assertThat(o.event()).isEqualTo(cover.id());
          assertThat(o.shortQuantity()).isEqualByComparingTo("10");
        });
  }

  @Test
  void a_buy_while_short_is_refused_the_short_must_be_covered() {
    Portfolio portfolio = aPortfolio().allowingShorts().recording(facts, List.of(acme.sellShort("2024-01-02", 10, "50", "0")));
    LedgerEvent buy = acme.buy("2024-01-03", 5, "40", "0");

    assertThat(portfolio.record(buy, facts, PortfolioBuilder.AT).getLeft())
        .isInstanceOf(PortfolioRejection.OppositePositionOpen.class);
  }
}
