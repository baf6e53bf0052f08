package io.phasewise.adapters.rest.shared;

import io.phasewise.domain.market.AssetId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code assets} query parameter: asset ids, comma-separated or repeated ({@code assets=1,2&assets=3}). */
public final class AssetIds {
  /** Most ids one request may list. */
  public static final int MAX = 1000;
  /** What the parameter holds, for the OpenAPI document. */
  public static final String DESCRIPTION = "asset ids, comma-separated or repeated: assets=1,2,3; at most " + MAX;

  private static final String PARAMETER = "assets";

  private AssetIds() {}

  /** The distinct ids in request order, at least one; else a 400 naming {@code assets}. */
  public static List<AssetId> required(List<String> values) {
    List<AssetId> ids = optional(values);
    if (ids.isEmpty()) throw FailureException.invalid(PARAMETER, "is required: comma-separated asset ids such as 1,2,3");
    return ids;
  }

  /** The distinct ids in request order, none when the parameter is absent; else a 400 naming {@code assets}. */
  public static List<AssetId> optional(List<String> values) {
    Set<AssetId> ids = new LinkedHashSet<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        if (!part.isBlank()) ids.add(assetId(part.strip()));
      }
    }
    if (ids.size() > MAX) throw FailureException.invalid(PARAMETER, "must list at most " + MAX + " ids");
    return List.copyOf(ids);
  }

  private static AssetId assetId(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) return AssetId.of(id);
    } catch (NumberFormatException notANumber) {
      // reported below like any other bad id
    }
    throw FailureException.invalid(PARAMETER, "'" + text + "' is not an asset id (a positive whole number)");
  }
}
