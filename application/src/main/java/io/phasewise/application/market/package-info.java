/**
 * Market use cases: register, update, find, list and delete assets; import candle feeds; record
 * ticks; read candles raw or back-adjusted; the latest candle of many assets. {@code port.in} holds
 * the use cases with their commands and queries, {@code port.out} the narrow ports the services
 * need from persistence and providers, {@code service} the implementations, all built by
 * {@link io.phasewise.application.market.MarketUseCases#wire} on {@link io.phasewise.application.market.MarketPorts}.
 */
package io.phasewise.application.market;
