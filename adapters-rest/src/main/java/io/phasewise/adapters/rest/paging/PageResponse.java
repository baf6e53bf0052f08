package io.phasewise.adapters.rest.paging;

import io.phasewise.application.shared.Page;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as sent to clients; a response carrying it gets a {@code Link: <...>; rel="next"}
 * header when more items follow.
 */
public record PageResponse<T>(List<T> items, long total, long offset, int limit) {

  /** The page of {@code page}'s items mapped by {@code toJson}. */
  public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> toJson) {
    return new PageResponse<>(page.items().stream().<T>map(toJson).toList(), page.total(), page.request().offset(),
        page.request().limit());
  }

  /** Offset of the next page, or -1 when this is the last page. */
  long nextOffset() {
    long next = offset + items.size();
    return next < total ? next : -1;
  }
}
