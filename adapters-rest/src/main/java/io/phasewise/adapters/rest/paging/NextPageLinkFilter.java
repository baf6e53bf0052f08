package io.phasewise.adapters.rest.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Link;
import java.net.URI;

/** Adds {@code Link: <same query, next offset>; rel="next"} to every page response that has a next page. */
public final class NextPageLinkFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof PageResponse<?> page)) return;
    long next = page.nextOffset();
    if (next < 0) return;
    URI uri = request.getUriInfo().getRequestUriBuilder()
        .replaceQueryParam("offset", next)
        .replaceQueryParam("limit", page.limit())
        .build();
    response.getHeaders().add("Link", Link.fromUri(uri).rel("next").build());
  }
}
