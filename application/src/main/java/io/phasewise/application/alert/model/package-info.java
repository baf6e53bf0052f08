/** Records of the alert context that both its use cases (port.in) and its outgoing ports (port.out) speak. */
package io.phasewise.application.alert.model;
