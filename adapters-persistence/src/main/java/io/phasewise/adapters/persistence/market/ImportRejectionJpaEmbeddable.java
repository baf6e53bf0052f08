package io.phasewise.adapters.persistence.market;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code import_run_rejections}: the line of a rejected input row and why it was rejected. */
@Embeddable
class ImportRejectionJpaEmbeddable {
  @Column(nullable = false)
  private long line;

  @Column(nullable = false)
  private String reason;

  public long getLine() {
    return line;
  }

  public void setLine(long line) {
    this.line = line;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
