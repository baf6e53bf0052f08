package io.phasewise.adapters.persistence.portfolio;

import io.phasewise.adapters.persistence.shared.OwnedVersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code portfolios} with its {@code position_plans} and {@code recorded_prices} as ordered
 * lists. The ledger's revisions are not mapped here: they are appended and read with jOOQ.
 */
@Entity(name = "Portfolio")
@Table(name = "portfolios")
class PortfolioJpaEntity extends OwnedVersionedEntity {
  @Id
  private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "base_currency", nullable = false, length = 10)
  private String baseCurrency;

  @Column(nullable = false, length = 11)
  private String method;

  @Column(name = "allow_shorts", nullable = false)
  private boolean allowShorts;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "position_plans", joinColumns = @JoinColumn(name = "portfolio_id"))
  @OrderColumn(name = "position")
  private List<PositionPlanJpaEmbeddable> plans = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "recorded_prices", joinColumns = @JoinColumn(name = "portfolio_id"))
  @OrderColumn(name = "position")
  private List<RecordedPriceJpaEmbeddable> recordedPrices = new ArrayList<>();

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

  public String getBaseCurrency() {
    return baseCurrency;
  }

  public void setBaseCurrency(String baseCurrency) {
    this.baseCurrency = baseCurrency;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public boolean isAllowShorts() {
    return allowShorts;
  }

  public void setAllowShorts(boolean allowShorts) {
    this.allowShorts = allowShorts;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public List<PositionPlanJpaEmbeddable> getPlans() {
    return plans;
  }

  public void setPlans(List<PositionPlanJpaEmbeddable> plans) {
    this.plans = plans;
  }

  public List<RecordedPriceJpaEmbeddable> getRecordedPrices() {
    return recordedPrices;
  }

  public void setRecordedPrices(List<RecordedPriceJpaEmbeddable> recordedPrices) {
    this.recordedPrices = recordedPrices;
  }
}
