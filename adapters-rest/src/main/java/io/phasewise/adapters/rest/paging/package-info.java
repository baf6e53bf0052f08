/** Paged lists: the page parameters, the page body and its {@code Link: rel="next"} header. */
package io.phasewise.adapters.rest.paging;
