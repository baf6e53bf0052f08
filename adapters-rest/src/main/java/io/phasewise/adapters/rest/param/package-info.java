/** Strict readers of query, path and body values: a value that does not fit fails naming its parameter. */
package io.phasewise.adapters.rest.param;
