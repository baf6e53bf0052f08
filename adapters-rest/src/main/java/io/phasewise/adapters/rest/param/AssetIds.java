package io.phasewise.adapters.rest.param;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.domain.market.AssetId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads asset ids from a request: the {@code assets} query parameter, comma-separated or repeated
 * ({@code assets=1,2&assets=3}), or the {@code assets} array of a request body.
 */
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

  /**
   * The ids of a body's {@code assets} array in its order, none when it is absent; each entry that is
   * not a positive id is recorded in {@code errors} as {@code assets[i]}.
   */
  public static List<AssetId> listed(List<Long> ids, FieldErrors errors) {
    List<AssetId> assets = new ArrayList<>();
    if (ids == null) return assets;
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null || id <= 0) errors.add(PARAMETER + "[" + i + "]", "must be a positive asset id, not " + id);
      else assets.add(AssetId.of(id));
    }
    return assets;
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
