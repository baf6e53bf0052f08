package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A portfolio as of one day, derived from the events dated on or before it (later events are
 * ignored, so valuing at D equals valuing the ledger cut at D).
 *
 * <p>Conventions. Money is in the base currency rounded half-even to 2 places; quantities to 18
 * places; unit costs, prices, average prices, weights and cash per currency to 8 places. Every total
 * is computed exactly and rounded once. A short position has a positive quantity, side SHORT and a
 * negative market value; its cost basis is the net proceeds of its short sales. A figure that needs a
 * price or exchange rate that is missing is {@code null} and a {@link Warning} names the instrument or
 * currency pair and the day; a rate is never assumed to be 1. For every position:
 * realized net + unrealized net = sale proceeds + income + market value − purchase costs, where sale
 * proceeds include short-sale proceeds, cash in lieu and the cost of lots transferred or delivered
 * out, and purchase costs include covers and the cost of lots transferred or delivered in.
 *
 * @param holdings the open positions, in the order they first appear in the ledger
 * @param closed the positions with nothing held that traded or paid income, with their realized figures
 * @param cash the cash balance per currency (never netted into the base currency), and its value in base
 */
public record Valuation(
    PortfolioId portfolio,
    LocalDate asOf,
    CurrencyCode baseCurrency,
    List<Holding> holdings,
    List<ClosedPosition> closed,
    List<CashBalance> cash,
    Summary summary,
    List<Warning> warnings) {

  public Valuation {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(asOf, "asOf");
    holdings = List.copyOf(holdings);
    closed = List.copyOf(closed);
    cash = List.copyOf(cash);
    warnings = List.copyOf(warnings);
  }

  /**
   * One open position.
   *
   * @param quantity units held (positive for shorts too), in the units after every split up to the day
   * @param costBasis the open lots' cost (a short's: the net proceeds of its open lots)
   * @param price the last price on or before the day, in {@code instrument.currency()}, or null
   * @param marketValue quantity × price converted at the day's rate, negative for a short, or null
   * @param unrealized market value − cost basis (+ basis for a short), or null without a market value
   * @param realized what the sales and covers of this position realized so far
   * @param income dividends, net of their fees and withholding taxes, and reinvested dividends
   * @param fees fees and taxes paid on this position's trades, transfers and deliveries
   * @param averageEntryPrice gross price per unit of the acquisitions since the position was last flat (local), or null
   * @param averageExitPrice gross price per unit of the sales or covers since then (local), or null
   * @param weight market value / the sum of all holdings' market values (net exposure), or null
   * @param grossWeight |market value| / the sum of |market value| of all holdings (gross exposure), or null
   * @param dayChange market value − quantity × the previous day's price (split-adjusted) at that day's rate, or null
   * @param purchaseCosts what went into this position's lots (buys, covers, reinvested dividends, deliveries and transfers in)
   * @param saleProceeds what came out (net sale and short-sale proceeds, cash in lieu, the cost of lots moved out)
   * @param plan the user's plan for the holding, or null
   */
  public record Holding(
      Instrument instrument,
      PositionSide side,
      BigDecimal quantity,
      List<OpenLot> lots,
      BigDecimal costBasis,
      BigDecimal price,
      BigDecimal marketValue,
      Gain unrealized,
      Realized realized,
      BigDecimal income,
      BigDecimal fees,
      BigDecimal averageEntryPrice,
      BigDecimal averageExitPrice,
      TradeStatus status,
      BigDecimal weight,
      BigDecimal grossWeight,
      BigDecimal dayChange,
      BigDecimal purchaseCosts,
      BigDecimal saleProceeds,
      PositionPlan plan) {
    public Holding {
      lots = List.copyOf(lots);
    }
  }

  /**
   * An open lot: acquired on {@code acquiredOn} by {@code openedBy} (kept through transfers), its
   * quantity after splits, its cost per unit and in total (under AVERAGE, at the average cost).
   */
  public record OpenLot(LocalDate acquiredOn, LedgerEventId openedBy, BigDecimal quantity, BigDecimal unitCost, BigDecimal cost) {}

  /** A gain net of fees, the same gross of fees, and the fees between them: gross − fees = net. */
  public record Gain(BigDecimal net, BigDecimal gross, BigDecimal fees) {}

  /**
   * A realized gain in the base currency, net and gross of fees, and split into the part the price
   * made (the price move in the instrument's currency, at the closing rate) and the part the currency
   * made (the opening amount revalued at the closing rate, less its base cost): price + currency = net.
   */
  public record Realized(Gain gain, BigDecimal pricePart, BigDecimal currencyPart) {}

  /** A position with nothing held on the day, and what it realized and earned. */
  public record ClosedPosition(
      Instrument instrument, Realized realized, BigDecimal income, BigDecimal fees, BigDecimal averageEntryPrice,
      BigDecimal averageExitPrice, BigDecimal purchaseCosts, BigDecimal saleProceeds) {}

  /** Cash in one currency (8 places) and its value in the base currency at the day's rate, or null without one. */
  public record CashBalance(CurrencyCode currency, BigDecimal amount, BigDecimal inBase) {}

  /**
   * The portfolio's headline figures (seed 003's portfolio_summary).
   *
   * @param totalValue cash in base + the market value of every holding (those without one left out, with a warning)
   * @param investedAmount net external inflows: deposits − withdrawals + deliveries in − deliveries out, each at its own day's rate
   * @param totalGain total value − invested amount
   * @param dayGain the sum of the holdings' day changes
   * @param cashBalance the cash of every currency in base
   * @param holdings how many positions are open
   * @param realized the sum of every position's realized gain, open and closed
   * @param unrealized the sum of the holdings' unrealized gains (those with a market value)
   * @param income the sum of every position's income
   */
  public record Summary(
      BigDecimal totalValue,
      BigDecimal totalGain,
      BigDecimal dayGain,
      BigDecimal cashBalance,
      BigDecimal investedAmount,
      int holdings,
      Realized realized,
      Gain unrealized,
      BigDecimal income) {}

  /** What a warning is about. */
  public enum WarningKind {
    MISSING_PRICE, MISSING_FX_RATE, CASH_IN_LIEU_NOT_BOOKED, EVENT_SKIPPED
  }

  /**
   * A figure that could not be derived as it should.
   *
   * @param subject the instrument ({@code asset:<id>} or the external symbol) or the currency pair ({@code EUR/USD})
   */
  public record Warning(WarningKind kind, String subject, LocalDate day, String message) {}

  /** How a warning names an instrument. */
  static String subject(Instrument instrument) {
    return instrument instanceof Instrument.Tracked t ? "asset:" + t.asset() : ((Instrument.External) instrument).symbol();
  }
}
