/** Records of the market context that both its use cases (port.in) and its outgoing ports (port.out) speak. */
package io.phasewise.application.market.model;
