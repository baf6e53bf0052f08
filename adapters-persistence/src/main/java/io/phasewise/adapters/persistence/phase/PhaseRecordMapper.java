package io.phasewise.adapters.persistence.phase;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseStatesRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseTransitionsRecord;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps phase states and transitions to and from rows of {@code phase_states} and {@code phase_transitions}. */
@Mapper(uses = {MarketValues.class, PhaseValues.class})
interface PhaseRecordMapper {
  PhaseRecordMapper INSTANCE = Mappers.getMapper(PhaseRecordMapper.class);

  @Mapping(target = "assetId", source = "state.asset")
  @Mapping(target = "summary", source = "state.rationale.summary")
  @Mapping(target = "reasons", source = "state.rationale.reasons")
  @Mapping(target = "computedAt", source = "computedAt")
  PhaseStatesRecord toRecord(PhaseState state, Interval interval, Instant computedAt);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "rationale", source = ".")
  PhaseState toState(PhaseStatesRecord row);

  @Mapping(target = "assetId", source = "transition.asset")
  @Mapping(target = "fromPhase", source = "transition.from")
  @Mapping(target = "toPhase", source = "transition.to")
  @Mapping(target = "summary", source = "transition.rationale.summary")
  @Mapping(target = "reasons", source = "transition.rationale.reasons")
  @Mapping(target = "recordedAt", source = "recordedAt")
  PhaseTransitionsRecord toRecord(PhaseTransition transition, Interval interval, Instant recordedAt);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "from", source = "fromPhase")
  @Mapping(target = "to", source = "toPhase")
  @Mapping(target = "rationale", source = ".")
  PhaseTransition toTransition(PhaseTransitionsRecord row);
}
