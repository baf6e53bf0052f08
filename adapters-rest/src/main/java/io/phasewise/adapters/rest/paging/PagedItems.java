package io.phasewise.adapters.rest.paging;

import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.function.Function;

/**
 * Walks every item of a paged read, page after page, holding one page in memory: how downloads of
 * any length are streamed once the response has started.
 */
public final class PagedItems {
  /** Reads the page after {@code page}. */
  @FunctionalInterface
  public interface NextPage<T> {
    Either<Failure, Page<T>> after(Page<T> page);
  }

  /** Takes one item. */
  @FunctionalInterface
  public interface Visitor<T> {
    void visit(T item) throws IOException;
  }

  /** The first page of a download: as many items as any read returns. */
  public static final PageRequest DOWNLOAD_PAGE = PageRequest.first(PageRequest.MAX_LIMIT);

  private PagedItems() {}

  /** The next page of an offset-paged read: the items after those of the page given, as many again. */
  public static <T> NextPage<T> byOffset(Function<PageRequest, Either<Failure, Page<T>>> read) {
    return page -> read.apply(new PageRequest(page.request().offset() + page.items().size(), page.request().limit()));
  }

  /**
   * Visits the items of {@code first} and of every page after it; a page that cannot be read aborts
   * with an IOException.
   */
  public static <T> void forEach(Page<T> first, NextPage<T> next, Visitor<T> visitor) throws IOException {
    Page<T> page = first;
    while (true) {
      for (T item : page.items()) visitor.visit(item);
      if (!page.hasNext() || page.items().isEmpty()) return;
      // the status line has gone out: all that is left is to break the transfer so the client sees it incomplete
      page = next.after(page).getOrElseThrow(failure -> new IOException("download aborted: " + failure.message()));
    }
  }
}
