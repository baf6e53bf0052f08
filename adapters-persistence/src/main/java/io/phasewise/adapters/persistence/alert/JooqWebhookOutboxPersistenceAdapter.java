package io.phasewise.adapters.persistence.alert;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.PHASE_EVENTS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.WEBHOOK_ATTEMPTS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.WEBHOOK_DELIVERIES;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PhaseEventsRecord;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.WebhookDeliveriesRecord;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.alert.port.out.DueDelivery;
import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The outbox ({@code phase_events}) and the delivery log ({@code webhook_deliveries},
 * {@code webhook_attempts}) with jOOQ. Locking reads use {@code FOR UPDATE SKIP LOCKED}, so
 * dispatchers on several instances each take rows no other holds.
 */
final class JooqWebhookOutboxPersistenceAdapter implements WebhookOutboxPort, LoadWebhookDeliveriesPort {
  private final Database database;
  private final DSLContext sql;
  private final WebhookRecordMapper mapper = WebhookRecordMapper.INSTANCE;

  JooqWebhookOutboxPersistenceAdapter(Database database) {
    this.database = database;
    this.sql = database.jooq();
  }

  @Override
  public List<OutboxEvent> lockPendingEvents(int limit) {
    return sql.selectFrom(PHASE_EVENTS)
        .where(PHASE_EVENTS.FANNED_OUT_AT.isNull())
        .orderBy(PHASE_EVENTS.CREATED_AT, PHASE_EVENTS.ID)
        .limit(limit)
        .forUpdate().skipLocked()
        .fetch(mapper::toEvent);
  }

  @Override
  public int addDeliveries(Collection<WebhookDelivery> deliveries) {
    if (deliveries.isEmpty()) return 0;
    var insert = sql.insertInto(WEBHOOK_DELIVERIES).columns(WEBHOOK_DELIVERIES.fields());
    // sorted by key, so concurrent inserts of overlapping deliveries take their locks in one order
    List<WebhookDeliveriesRecord> rows = deliveries.stream().map(mapper::toRecord)
        .sorted(Comparator.comparing((WebhookDeliveriesRecord r) -> r.getSubscriptionId().toString())
            .thenComparing(r -> r.getEventId().toString()))
        .toList();
    for (WebhookDeliveriesRecord r : rows) insert = insert.values(r.intoArray());
    return insert.onConflict(WEBHOOK_DELIVERIES.SUBSCRIPTION_ID, WEBHOOK_DELIVERIES.EVENT_ID).doNothing().execute();
  }

  @Override
  public void markFannedOut(Collection<UUID> events, Instant at) {
    if (events.isEmpty()) return;
    sql.update(PHASE_EVENTS).set(PHASE_EVENTS.FANNED_OUT_AT, at).where(PHASE_EVENTS.ID.in(events)).execute();
  }

  @Override
  public Optional<DueDelivery> claimNextDue(Instant now, Instant leaseUntil, Set<WebhookSubscriptionId> skip) {
    return database.transactions().inTransaction(() -> {
      Optional<Record> due = sql.select(WEBHOOK_DELIVERIES.fields()).select(PHASE_EVENTS.PAYLOAD)
          .from(WEBHOOK_DELIVERIES)
          .join(PHASE_EVENTS).on(PHASE_EVENTS.ID.eq(WEBHOOK_DELIVERIES.EVENT_ID))
          .where(WEBHOOK_DELIVERIES.STATUS.eq(DeliveryStatus.PENDING.code()), WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now),
              WEBHOOK_DELIVERIES.SUBSCRIPTION_ID.ne(DSL.all(DSL.val(
                  skip.stream().map(WebhookSubscriptionId::value).toArray(UUID[]::new), SQLDataType.UUID.array()))))
          .orderBy(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERIES.CREATED_AT, WEBHOOK_DELIVERIES.ID)
          .limit(1)
          .forUpdate().of(WEBHOOK_DELIVERIES).skipLocked()
          .fetchOptional();
      return due.map(row -> {
        WebhookDelivery delivery = mapper.toDelivery(row.into(WEBHOOK_DELIVERIES));
        sql.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, leaseUntil)
            .where(WEBHOOK_DELIVERIES.ID.eq(delivery.id())).execute();
        return new DueDelivery(delivery, mapper.payload(row.get(PHASE_EVENTS.PAYLOAD)));
      });
    });
  }

  @Override
  public boolean recordAttempt(WebhookDelivery after, WebhookAttempt attempt) {
    return database.transactions().inTransaction(() -> {
      int updated = sql.update(WEBHOOK_DELIVERIES)
          .set(WEBHOOK_DELIVERIES.STATUS, after.status().code())
          .set(WEBHOOK_DELIVERIES.ATTEMPTS, after.attempts())
          .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, after.nextAttemptAt())
          .set(WEBHOOK_DELIVERIES.FINISHED_AT, after.finishedAt())
          .where(WEBHOOK_DELIVERIES.ID.eq(after.id()),
              WEBHOOK_DELIVERIES.STATUS.eq(DeliveryStatus.PENDING.code()),
              WEBHOOK_DELIVERIES.ATTEMPTS.eq(after.attempts() - 1))
          .execute();
      if (updated == 0) return false;
      sql.insertInto(WEBHOOK_ATTEMPTS).set(mapper.toRecord(after.id(), attempt)).execute();
      return true;
    });
  }

  @Override
  public Page<WebhookDeliveryLog> deliveries(WebhookSubscriptionId subscription, PageRequest page) {
    // one transaction, so the total and the page agree
    return database.transactions().inTransaction(() -> {
      int total = sql.fetchCount(WEBHOOK_DELIVERIES, WEBHOOK_DELIVERIES.SUBSCRIPTION_ID.eq(subscription.value()));
      Result<Record> rows = sql.select(WEBHOOK_DELIVERIES.fields()).select(PHASE_EVENTS.fields())
          .from(WEBHOOK_DELIVERIES)
          .join(PHASE_EVENTS).on(PHASE_EVENTS.ID.eq(WEBHOOK_DELIVERIES.EVENT_ID))
          .where(WEBHOOK_DELIVERIES.SUBSCRIPTION_ID.eq(subscription.value()))
          .orderBy(WEBHOOK_DELIVERIES.CREATED_AT.desc(), WEBHOOK_DELIVERIES.ID.desc())
          .offset(page.offset()).limit(page.limit())
          .fetch();
      List<UUID> ids = rows.map(r -> r.get(WEBHOOK_DELIVERIES.ID));
      Map<UUID, List<WebhookAttempt>> attempts = ids.isEmpty() ? Map.of() : sql.selectFrom(WEBHOOK_ATTEMPTS)
          .where(WEBHOOK_ATTEMPTS.DELIVERY_ID.in(ids))
          .orderBy(WEBHOOK_ATTEMPTS.DELIVERY_ID, WEBHOOK_ATTEMPTS.ATTEMPT)
          .stream()
          .collect(Collectors.groupingBy(r -> r.getDeliveryId(),
              Collectors.mapping(mapper::toAttempt, Collectors.toList())));
      List<WebhookDeliveryLog> items = new ArrayList<>();
      for (Record row : rows) {
        WebhookDelivery delivery = mapper.toDelivery(row.into(WEBHOOK_DELIVERIES));
        OutboxEvent event = mapper.toEvent(row.into(PHASE_EVENTS).into(PhaseEventsRecord.class));
        items.add(new WebhookDeliveryLog(delivery, event, attempts.getOrDefault(delivery.id(), List.of())));
      }
      return new Page<>(items, total, page);
    });
  }
}
