package io.phasewise.adapters.persistence.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A row of {@code position_plans}: the user's plan for one holding, its instrument in three columns. */
@Embeddable
class PositionPlanJpaEmbeddable {
  @Column(name = "asset_id")
  private Long assetId;

  @Column(name = "external_symbol")
  private String externalSymbol;

  @Column(nullable = false, length = 10)
  private String currency;

  private BigDecimal leverage;

  @Column(name = "allocation_target_percent")
  private BigDecimal allocationTargetPercent;

  @Column(name = "max_allocation_percent")
  private BigDecimal maxAllocationPercent;

  private String thesis;

  private String timeframe;

  @Column(name = "risk_category")
  private String riskCategory;

  @Column(name = "stop_loss")
  private BigDecimal stopLoss;

  @Column(name = "take_profit")
  private BigDecimal takeProfit;

  public Long getAssetId() {
    return assetId;
  }

  public void setAssetId(Long assetId) {
    this.assetId = assetId;
  }

  public String getExternalSymbol() {
    return externalSymbol;
  }

  public void setExternalSymbol(String externalSymbol) {
    this.externalSymbol = externalSymbol;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getLeverage() {
    return leverage;
  }

  public void setLeverage(BigDecimal leverage) {
    this.leverage = leverage;
  }

  public BigDecimal getAllocationTargetPercent() {
    return allocationTargetPercent;
  }

  public void setAllocationTargetPercent(BigDecimal allocationTargetPercent) {
    this.allocationTargetPercent = allocationTargetPercent;
  }

  public BigDecimal getMaxAllocationPercent() {
    return maxAllocationPercent;
  }

  public void setMaxAllocationPercent(BigDecimal maxAllocationPercent) {
    this.maxAllocationPercent = maxAllocationPercent;
  }

  public String getThesis() {
    return thesis;
  }

  public void setThesis(String thesis) {
    this.thesis = thesis;
  }

  public String getTimeframe() {
    return timeframe;
  }

  public void setTimeframe(String timeframe) {
    this.timeframe = timeframe;
  }

  public String getRiskCategory() {
    return riskCategory;
  }

  public void setRiskCategory(String riskCategory) {
    this.riskCategory = riskCategory;
  }

  public BigDecimal getStopLoss() {
    return stopLoss;
  }

  public void setStopLoss(BigDecimal stopLoss) {
    this.stopLoss = stopLoss;
  }

  public BigDecimal getTakeProfit() {
    return takeProfit;
  }

  public void setTakeProfit(BigDecimal takeProfit) {
    this.takeProfit = takeProfit;
  }
}
