package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseEventsRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.WebhookAttemptsRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.WebhookDeliveriesRecord;
import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookResponse;
import java.time.Duration;
import java.util.UUID;
import org.jooq.JSONB;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps outbox events, deliveries and attempts to and from their rows. */
@Mapper(uses = {AlertValues.class, MarketValues.class})
interface WebhookRecordMapper {
  WebhookRecordMapper INSTANCE = Mappers.getMapper(WebhookRecordMapper.class);

  @Mapping(target = "asset", source = "assetId")
  @Mapping(target = "from", source = "fromPhase")
  @Mapping(target = "to", source = "toPhase")
  OutboxEvent toEvent(PhaseEventsRecord row);

  @Mapping(target = "subscriptionId", source = "subscription")
  @Mapping(target = "eventId", source = "event")
  WebhookDeliveriesRecord toRecord(WebhookDelivery delivery);

  @Mapping(target = "subscription", source = "subscriptionId")
  @Mapping(target = "event", source = "eventId")
  WebhookDelivery toDelivery(WebhookDeliveriesRecord row);

  /** The attempt row of a delivery; the duration is kept in whole milliseconds. */
  default WebhookAttemptsRecord toRecord(UUID delivery, WebhookAttempt attempt) {
    return new WebhookAttemptsRecord(delivery, attempt.number(), attempt.attemptedAt(), attempt.statusCode(),
        attempt.error(), attempt.duration().toMillis());
  }

  default WebhookAttempt toAttempt(WebhookAttemptsRecord row) {
    return new WebhookAttempt(row.getAttempt(), row.getAttemptedAt(),
        new WebhookResponse(row.getStatusCode(), row.getError(), Duration.ofMillis(row.getDurationMs())));
  }

  default String payload(JSONB json) {
    return json == null ? null : json.data();
  }
}
