package io.phasewise.adapters.rest.account;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Responses that carry a token secret: never stored by caches or proxies. */
final class Secrets {
  private Secrets() {}

  static Response.ResponseBuilder uncached(Response.ResponseBuilder response) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setNoCache(true);
    return response.cacheControl(noStore).header("Pragma", "no-cache");
  }
}
