package io.phasewise.adapters.persistence.alert;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows the alert tests need from other slices, written with plain SQL: users (owners of
 * subscriptions) and outbox events as the phase recorder writes them.
 */
final class AlertRows {
  private final PostgresExtension db;

  AlertRows(PostgresExtension db) {
    this.db = db;
  }

  UserId newUser() {
    UUID id = UUID.randomUUID();
    db.execute("INSERT INTO users (id, version, email, created_at, updated_at) VALUES ('" + id + "', 0, 'u-" + id
        + "@example.com', now(), now())");
    return UserId.of(id);
  }

  /** Inserts an event with a small JSON body and returns it as stored (PostgreSQL's rendering of the jsonb). */
  OutboxEvent appendEvent(AssetId asset, Phase from, Phase to, Instant changedAt, Instant createdAt) {
    UUID id = UUID.randomUUID();
    String payload = "{\"type\":\"phase.transition\",\"id\":\"" + id + "\",\"asset\":" + asset.value() + ",\"from\":"
        + (from == null ? "null" : "\"" + from.code() + "\"") + ",\"to\":\"" + to.code() + "\",\"changedAt\":\"" + changedAt + "\"}";
    try (Connection c = db.persistence().dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO phase_events (id, asset_id, interval, from_phase, to_phase,"
            + " changed_at, payload, created_at) VALUES (?, ?, '1d', ?, ?, ?, ?::jsonb, ?) RETURNING payload::text")) {
      insert.setObject(1, id);
      insert.setLong(2, asset.value());
      insert.setString(3, from == null ? null : from.code());
      insert.setString(4, to.code());
      insert.setTimestamp(5, Timestamp.from(changedAt));
      insert.setString(6, payload);
      insert.setTimestamp(7, Timestamp.from(createdAt));
      try (ResultSet stored = insert.executeQuery()) {
        stored.next();
        return new OutboxEvent(id, asset, Interval.D1, from, to, changedAt, stored.getString(1), createdAt);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot insert a phase event", e);
    }
  }
}
