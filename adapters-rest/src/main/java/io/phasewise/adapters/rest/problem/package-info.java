/** Errors as RFC 9457 problem details: the one mapping from failures and exceptions to status codes and bodies. */
package io.phasewise.adapters.rest.problem;
