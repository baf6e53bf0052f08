package io.phasewise.adapters.rest.portfolio;

import io.phasewise.domain.portfolio.Valuation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A portfolio as of one day: holdings with their open lots, closed positions, cash, the summary and what could not be priced. */
@Schema(name = "PortfolioValuation", description = "Money in the base currency to 2 places, quantities to 18, unit costs, prices, "
    + "weights and cash per currency to 8; decimals as exact strings. A figure that needs a missing price or rate is null and a "
    + "warning names the instrument or pair and the day.")
record ValuationJson(
    String portfolioId,
    @Schema(description = "the day valued, at its close", example = "2024-06-28") LocalDate asOf,
    String baseCurrency,
    @Schema(description = "open positions, in the order they first appear in the ledger") List<HoldingJson> holdings,
    @Schema(description = "positions with nothing held that traded or paid income") List<ClosedJson> closed,
    @Schema(description = "cash per currency, never netted") List<CashJson> cash,
    ValuationSummaryJson summary) {

  static ValuationJson of(Valuation v) {
    return new ValuationJson(v.portfolio().toString(), v.asOf(), v.baseCurrency().code(), v.holdings().stream().map(HoldingJson::of).toList(),
        v.closed().stream().map(ClosedJson::of).toList(), v.cash().stream().map(CashJson::of).toList(), ValuationSummaryJson.of(v));
  }

  /** One open position. */
  @Schema(name = "PortfolioHolding")
  record HoldingJson(
      InstrumentJson instrument,
      @Schema(allowableValues = {"LONG", "SHORT"}) String side,
      @Schema(description = "units held (positive for a short too), after every split up to the day") BigDecimal quantity,
      @Schema(description = "the open lots, oldest first") List<LotJson> lots,
      @Schema(description = "the open lots' cost (a short's: the net proceeds of its open lots)") BigDecimal costBasis,
      @Schema(description = "the last close on or before the day, in the instrument's currency") BigDecimal price,
      @Schema(description = "quantity × price at the day's rate, negative for a short") BigDecimal marketValue,
      @Schema(description = "market value − cost basis (+ basis for a short): the gain since the lots were opened") GainJson unrealized,
      @Schema(description = "what this position's sales and covers realized so far") RealizedJson realized,
      @Schema(description = "dividends net of their fees and taxes, and reinvested dividends") BigDecimal income,
      @Schema(description = "fees and taxes paid on this position") BigDecimal fees,
      @Schema(description = "gross price per unit of the acquisitions since the position was last flat") BigDecimal averageEntryPrice,
      @Schema(description = "gross price per unit of the sales or covers since then") BigDecimal averageExitPrice,
      @Schema(allowableValues = {"OPEN", "ACCUMULATING", "REDUCING", "CLOSED"}) String status,
      @Schema(description = "market value / Σ market value of all holdings (net exposure)") BigDecimal weight,
      @Schema(description = "|market value| / Σ |market value| of all holdings (gross exposure)") BigDecimal grossWeight,
      @Schema(description = "market value − quantity × the previous day's price (split-adjusted) at that day's rate") BigDecimal dayChange,
      @Schema(description = "what went into the lots: buys, covers, reinvested dividends, deliveries and transfers in") BigDecimal purchaseCosts,
      @Schema(description = "what came out: net sale and short-sale proceeds, cash in lieu, the cost of lots moved out") BigDecimal saleProceeds,
      @Schema(description = "the user's plan for the holding, or null") PositionPlanJson plan) {

    static HoldingJson of(Valuation.Holding h) {
      return new HoldingJson(InstrumentJson.of(h.instrument()), h.side().name(), h.quantity(), h.lots().stream().map(LotJson::of).toList(),
          h.costBasis(), h.price(), h.marketValue(), GainJson.of(h.unrealized()), RealizedJson.of(h.realized()), h.income(), h.fees(),
          h.averageEntryPrice(), h.averageExitPrice(), h.status().name(), h.weight(), h.grossWeight(), h.dayChange(), h.purchaseCosts(),
          h.saleProceeds(), h.plan() == null ? null : PositionPlanJson.of(h.plan()));
    }
  }

  /** An open lot. */
  @Schema(name = "PortfolioLot", description = "acquired on a day by an event (kept through transfers), its quantity after splits, "
      + "its cost per unit and in total (under AVERAGE, at the average cost)")
  record LotJson(LocalDate acquiredOn, String openedBy, BigDecimal quantity, BigDecimal unitCost, BigDecimal cost) {
    static LotJson of(Valuation.OpenLot lot) {
      return new LotJson(lot.acquiredOn(), lot.openedBy().toString(), lot.quantity(), lot.unitCost(), lot.cost());
    }
  }

  /** A gain net and gross of fees. */
  @Schema(name = "PortfolioGain", description = "gross − fees = net")
  record GainJson(BigDecimal net, BigDecimal gross, BigDecimal fees) {
    static GainJson of(Valuation.Gain g) {
      return g == null ? null : new GainJson(g.net(), g.gross(), g.fees());
    }
  }

  /** A realized gain with its price and currency parts. */
  @Schema(name = "PortfolioRealizedGain", description = "gross − fees = net; pricePart (the price move in the instrument's currency, at "
      + "the closing rate) + currencyPart (the opening amount revalued at the closing rate, less its base cost) = net")
  record RealizedJson(BigDecimal net, BigDecimal gross, BigDecimal fees, BigDecimal pricePart, BigDecimal currencyPart) {
    static RealizedJson of(Valuation.Realized r) {
      return new RealizedJson(r.gain().net(), r.gain().gross(), r.gain().fees(), r.pricePart(), r.currencyPart());
    }
  }

  /** A position with nothing held on the day. */
  @Schema(name = "PortfolioClosedPosition")
  record ClosedJson(InstrumentJson instrument, RealizedJson realized, BigDecimal income, BigDecimal fees, BigDecimal averageEntryPrice,
      BigDecimal averageExitPrice, BigDecimal purchaseCosts, BigDecimal saleProceeds) {
    static ClosedJson of(Valuation.ClosedPosition c) {
      return new ClosedJson(InstrumentJson.of(c.instrument()), RealizedJson.of(c.realized()), c.income(), c.fees(), c.averageEntryPrice(),
          c.averageExitPrice(), c.purchaseCosts(), c.saleProceeds());
    }
  }

  /** Cash in one currency. */
  @Schema(name = "PortfolioCash", description = "the amount in its currency (8 places) and in the base currency at the day's rate, "
      + "null without a rate")
  record CashJson(String currency, BigDecimal amount, BigDecimal inBase) {
    static CashJson of(Valuation.CashBalance c) {
      return new CashJson(c.currency().code(), c.amount(), c.inBase());
    }
  }
}
