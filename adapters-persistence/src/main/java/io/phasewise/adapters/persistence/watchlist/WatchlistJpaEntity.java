package io.phasewise.adapters.persistence.watchlist;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code watchlists} with its {@code watchlist_items} as an ordered list of asset ids, the
 * list index being the {@code position} column. A change of the items advances the version.
 */
@Entity(name = "Watchlist")
@Table(name = "watchlists")
class WatchlistJpaEntity {
  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Version
  private long version;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /**
   * Asset ids by position. A position can be empty ({@code null}) after the database deleted an
   * asset by cascade; the mapper closes such gaps.
   */
  @ElementCollection
  @CollectionTable(name = "watchlist_items", joinColumns = @JoinColumn(name = "user_id"))
  @OrderColumn(name = "position")
  @Column(name = "asset_id", nullable = false)
  private List<Long> assets = new ArrayList<>();

  public UUID getUserId() {
    return userId;
  }

  public void setUserId(UUID userId) {
    this.userId = userId;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public List<Long> getAssets() {
    return assets;
  }

  public void setAssets(List<Long> assets) {
    this.assets = assets;
  }
}
