package io.phasewise.domain.portfolio;

import static io.phasewise.domain.portfolio.LedgerEvents.ACME;
import static io.phasewise.domain.portfolio.PortfolioBuilder.AT;
import static io.phasewise.domain.portfolio.PortfolioBuilder.aPortfolio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits and deletes are new revisions checked against the whole ledger; the audit trail keeps every one. */
class LedgerRevisionsTest {
  private static final Instant LATER = AT.plusSeconds(3_600);
  private final LedgerEvents acme = LedgerEvents.of(ACME);
  private final FixedMarketFacts facts = FixedMarketFacts.none();
  private final LedgerEvent buy = acme.buy("2024-01-02", 10, "100", "0");
  private final LedgerEvent sell = acme.sell("2024-02-01", 8, "110", "0");
  private final Portfolio portfolio = aPortfolio().recording(facts, List.of(buy, sell));

  @Test
  void an_edit_is_a_new_revision_and_the_trail_keeps_the_old_one() {
    Portfolio edited = portfolio.edit(LedgerEvents.withQuantity(sell, 5), facts, LATER).get();

    assertThat(edited.event(sell.id()).orElseThrow().quantity()).isEqualByComparingTo("5");
    assertThat(edited.revisions()).extracting(LedgerRevision::eventId, LedgerRevision::revision, LedgerRevision::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(buy.id(), 1, RevisionKind.RECORDED),
        org.assertj.core.groups.Tuple.tuple(sell.id(), 1, RevisionKind.RECORDED),
        org.assertj.core.groups.Tuple.tuple(sell.id(), 2, RevisionKind.EDITED));
    assertThat(edited.revisions().get(1).event()).isEqualTo(sell);
  }

  @Test
  void an_edit_that_would_oversell_is_refused_naming_the_event() {
    assertThat(portfolio.edit(LedgerEvents.withQuantity(sell, 12), facts, LATER).getLeft())
        .isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> {
          assertThat(o.event()).isEqualTo(sell.id());
          assertThat(o.held()).isEqualByComparingTo("10");
        });
  }

  @Test
  void editing_a_buy_below_what_a_later_sale_needs_is_refused_naming_that_sale() {
    assertThat(portfolio.edit(LedgerEvents.withQuantity(buy, 7), facts, LATER).getLeft())
        .isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> assertThat(o.event()).isEqualTo(sell.id()));
  }

  @Test
  void deleting_a_buy_that_a_later_sale_needs_is_refused() {
    assertThat(portfolio.delete(buy.id(), facts, LATER).getLeft())
        .isInstanceOfSatisfying(PortfolioRejection.Oversold.class, o -> assertThat(o.event()).isEqualTo(sell.id()));
  }

  @Test
  void a_delete_keeps_the_event_in_the_trail_and_leaves_the_ledger() {
    Portfolio deleted = portfolio.delete(sell.id(), facts, LATER).get();

    assertThat(deleted.ledger()).containsExactly(buy);
    assertThat(deleted.revisions()).last().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RevisionKind.DELETED);
      assertThat(r.event()).isEqualTo(sell);
      assertThat(r.at()).isEqualTo(LATER);
    });
    assertThat(deleted.delete(sell.id(), facts, LATER).getLeft()).isEqualTo(new PortfolioRejection.UnknownEvent(sell.id()));
  }
}
