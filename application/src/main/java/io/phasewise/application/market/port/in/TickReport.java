package io.phasewise.application.market.port.in;

/** What recording ticks did: ticks inserted, changed and unchanged, and 1-minute candles rewritten. */
public record TickReport(long inserted, long updated, long unchanged, long candlesWritten) {}
