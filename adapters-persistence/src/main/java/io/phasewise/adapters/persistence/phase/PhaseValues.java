package io.phasewise.adapters.persistence.phase;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseStatesRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseTransitionsRecord;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.Rationale;
import io.phasewise.domain.phase.Reason;
import java.util.List;
import java.util.Map;
import org.jooq.JSONB;

/** Conversions of single phase values to and from their column types, for the MapStruct mapper. */
final class PhaseValues {
  private PhaseValues() {}

  static String code(Phase phase) {
    return phase == null ? null : phase.code();
  }

  static Phase phase(String code) {
    return code == null ? null : PhaseJson.phase(code);
  }

  static JSONB reasons(List<Reason> reasons) {
    return PhaseJson.reasons(reasons);
  }

  static JSONB signals(Map<String, Double> signals) {
    return PhaseJson.signals(signals);
  }

  static Map<String, Double> signals(JSONB json) {
    return PhaseJson.signals(json);
  }

  static Rationale rationale(PhaseStatesRecord row) {
    return new Rationale(PhaseJson.reasons(row.getReasons()), row.getSummary());
  }

  static Rationale rationale(PhaseTransitionsRecord row) {
    return new Rationale(PhaseJson.reasons(row.getReasons()), row.getSummary());
  }
}
