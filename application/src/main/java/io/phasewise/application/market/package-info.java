/**
 * Market use cases: register, update, find, list and delete assets; import candle feeds; record
 * ticks; read candles raw or back-adjusted; the latest candle of many assets. {@code port.in} holds
 * the use cases with their commands and queries, {@code port.out} the narrow ports the services
 * need from persistence and providers, {@code service} the implementations, wired by hand.
 */
package io.phasewise.application.market;
