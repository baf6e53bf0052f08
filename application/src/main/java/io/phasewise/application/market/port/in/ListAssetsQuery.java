package io.phasewise.application.market.port.in;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetType;
import java.util.Objects;

/**
 * Query: which assets to list. Every filter is optional ({@code null} matches all).
 *
 * @param text case-insensitive substring of the symbol or the name
 */
public record ListAssetsQuery(AssetType type, String exchange, String text, PageRequest page) {
  public ListAssetsQuery {
    Objects.requireNonNull(page, "page");
    exchange = blankToNull(exchange);
    text = blankToNull(text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
