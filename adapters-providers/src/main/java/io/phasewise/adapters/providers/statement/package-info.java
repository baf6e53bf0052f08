/**
 * Broker and exchange statements in and out of a portfolio's ledger.
 * {@link io.phasewise.adapters.providers.statement.StatementFileReader} reads the presets of
 * {@link io.phasewise.application.portfolio.model.StatementFormat} (the Phasewise CSV and its
 * column-mapped variant, Interactive Brokers Flex, Kraken ledger and trades, KuCoin, Yahoo Finance,
 * Ghostfolio CSV and JSON) into one row per line, symbols in Phasewise's naming;
 * {@link io.phasewise.adapters.providers.statement.LedgerCsvWriter} writes a ledger as a Phasewise CSV
 * that reads back to the same activities.
 */
package io.phasewise.adapters.providers.statement;
