package io.phasewise.adapters.persistence.account;

import io.phasewise.adapters.persistence.shared.OwnedVersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code api_tokens}. Updates write only the changed columns, so revoking does not overwrite
 * a last-use time recorded meanwhile by plain SQL.
 */
@Entity(name = "ApiToken")
@Table(name = "api_tokens")
@DynamicUpdate
class ApiTokenJpaEntity extends OwnedVersionedEntity {
  @Id
  private UUID id;

  @Column(nullable = false)
  private String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  private String[] scopes;

  @Column(nullable = false)
  private String prefix;

  @Column(name = "secret_hash", nullable = false)
  private byte[] secretHash;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String[] getScopes() {
    return scopes;
  }

  public void setScopes(String[] scopes) {
    this.scopes = scopes;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public byte[] getSecretHash() {
    return secretHash;
  }

  public void setSecretHash(byte[] secretHash) {
    this.secretHash = secretHash;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public void setLastUsedAt(Instant lastUsedAt) {
    this.lastUsedAt = lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public void setRevokedAt(Instant revokedAt) {
    this.revokedAt = revokedAt;
  }
}
