package io.phasewise.adapters.persistence.market;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A row of {@code import_runs} with its kept rejections. */
@Entity(name = "ImportRun")
@Table(name = "import_runs")
class ImportRunJpaEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @Column(name = "asset_id", nullable = false)
  private long assetId;

  @Column(name = "\"interval\"", nullable = false, length = 3)
  private String interval;

  @Column(nullable = false)
  private String origin;

  @Column(name = "read_count", nullable = false)
  private long readCount;

  @Column(name = "inserted_count", nullable = false)
  private long insertedCount;

  @Column(name = "updated_count", nullable = false)
  private long updatedCount;

  @Column(name = "unchanged_count", nullable = false)
  private long unchangedCount;

  @Column(name = "rejected_count", nullable = false)
  private long rejectedCount;

  @ElementCollection
  @CollectionTable(name = "import_run_rejections", joinColumns = @JoinColumn(name = "import_run_id"))
  @OrderColumn(name = "ordinal")
  @BatchSize(size = 50)
  private List<ImportRejectionJpaEmbeddable> rejections = new ArrayList<>();

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public long getAssetId() {
    return assetId;
  }

  public void setAssetId(long assetId) {
    this.assetId = assetId;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public long getReadCount() {
    return readCount;
  }

  public void setReadCount(long readCount) {
    this.readCount = readCount;
  }

  public long getInsertedCount() {
    return insertedCount;
  }

  public void setInsertedCount(long insertedCount) {
    this.insertedCount = insertedCount;
  }

  public long getUpdatedCount() {
    return updatedCount;
  }

  public void setUpdatedCount(long updatedCount) {
    this.updatedCount = updatedCount;
  }

  public long getUnchangedCount() {
    return unchangedCount;
  }

  public void setUnchangedCount(long unchangedCount) {
    this.unchangedCount = unchangedCount;
  }

  public long getRejectedCount() {
    return rejectedCount;
  }

  public void setRejectedCount(long rejectedCount) {
    this.rejectedCount = rejectedCount;
  }

  public List<ImportRejectionJpaEmbeddable> getRejections() {
    return rejections;
  }

  public void setRejections(List<ImportRejectionJpaEmbeddable> rejections) {
    this.rejections = rejections;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }
}
