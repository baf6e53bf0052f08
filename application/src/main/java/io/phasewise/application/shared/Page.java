package io.phasewise.application.shared;

import java.util.List;
import java.util.function.Function;

/** One slice of a longer list, with the total size of the list so clients can page through it. */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
    if (total < items.size()) throw new IllegalArgumentException("total " + total + " below items on page " + items.size());
  }

  /** Whether items exist after this page. */
  public boolean hasNext() {
    return request.offset() + items.size() < total;
  }

  public <U> Page<U> map(Function<? super T, ? extends U> f) {
    return new Page<>(items.stream().<U>map(f).toList(), total, request);
  }
}
