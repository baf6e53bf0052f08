package io.phasewise.adapters.rest.alert;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.phase.Phase;
import java.util.ArrayList;
import java.util.List;

/** Reads the phase filter of a webhook request body, naming every bad entry. */
final class WebhookRequests {
  private WebhookRequests() {}

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
