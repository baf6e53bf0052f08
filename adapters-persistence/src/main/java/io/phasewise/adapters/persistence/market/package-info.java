/** Market persistence: assets, candles and ticks with jOOQ, import runs with Hibernate. */
package io.phasewise.adapters.persistence.market;
