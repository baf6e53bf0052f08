/** Records both sides of the portfolio context use: statement formats and the rows read from them. */
package io.phasewise.application.portfolio.model;
