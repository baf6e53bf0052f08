package io.phasewise.adapters.persistence.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * JPA base of a row a user owns and edits under optimistic locking: the {@code version} column
 * Hibernate checks and advances, the owner's {@code user_id} and the {@code created_at} time. The
 * entity declares its own id and whatever else its table holds (such as {@code updated_at}).
 */
@MappedSuperclass
public abstract class OwnedVersionedEntity {
  @Version
  private long version;

  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public UUID getUserId() {
    return userId;
  }

  public void setUserId(UUID userId) {
    this.userId = userId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
