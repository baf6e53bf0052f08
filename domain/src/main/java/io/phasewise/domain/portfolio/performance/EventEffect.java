package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.LedgerEventType;

/**
 * Package helper: how each event type moves a holding's quantity and the cash of its currency. Cash
 * moves by cashSign × gross − fee − tax: a dividend reinvested buys exactly its income, so only its fee
 * and tax leave cash; transfers and deliveries move securities and pay their fee and tax from cash.
 */
final class EventEffect {

  private EventEffect() {}

  /** +1 adds {@code quantity} to the holding, −1 takes it away (a short goes below 0), 0 leaves it. */
  static int quantitySign(LedgerEventType type) {
    switch (type) {
      case BUY: case BUY_TO_COVER: case DIVIDEND_REINVEST: case TRANSFER_IN: case DELIVERY_IN:
        return 1;
      case SELL: case SELL_SHORT: case TRANSFER_OUT: case DELIVERY_OUT:
        return -1;
      default:
        return 0;
    }
  }

  /** The sign of {@code gross} in the cash movement. */
  static int cashSign(LedgerEventType type) {
    switch (type) {
      case DEPOSIT: case SELL: case SELL_SHORT: case DIVIDEND: case INTEREST:
        return 1;
      case WITHDRAWAL: case BUY: case BUY_TO_COVER: case FEE: case TAX:
        return -1;
      default:
        return 0;
    }
  }
}
