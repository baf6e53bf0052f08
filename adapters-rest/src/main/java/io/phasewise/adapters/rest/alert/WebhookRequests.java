package io.phasewise.adapters.rest.alert;

import io.phasewise.adapters.rest.shared.FieldErrors;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.util.ArrayList;
import java.util.List;

/** Reads the filter lists of a webhook request body, naming every bad entry. */
final class WebhookRequests {
  private WebhookRequests() {}

  static List<AssetId> assets(List<Long> ids, FieldErrors errors) {
    List<AssetId> assets = new ArrayList<>();
    if (ids == null) return assets;
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null || id <= 0) errors.add("assets[" + i + "]", "must be a positive asset id, not " + id);
      else assets.add(AssetId.of(id));
    }
    return assets;
  }

  static List<Phase> phases(List<String> codes, FieldErrors errors) {
    List<Phase> phases = new ArrayList<>();
    if (codes == null) return phases;
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (code == null) {
        errors.add("phases[" + i + "]", "must be COOP, DEFECT or FORGIVE, not null");
        continue;
      }
      Phase phase = errors.code("phases[" + i + "]", code, Phase.values(), Phase::code);
      if (phase != null) phases.add(phase);
    }
    return phases;
  }
}
