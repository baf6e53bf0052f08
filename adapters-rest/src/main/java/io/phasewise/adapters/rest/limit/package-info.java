/** Limits on what one request may cost: the size of its body and the time it may take to arrive. */
package io.phasewise.adapters.rest.limit;
