package io.phasewise.adapters.persistence.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code recorded_prices}: a price the user recorded for an external instrument from a day on. */
@Embeddable
class RecordedPriceJpaEmbeddable {
  @Column(name = "external_symbol", nullable = false)
  private String externalSymbol;

  @Column(nullable = false, length = 10)
  private String currency;

  @Column(nullable = false)
  private LocalDate day;

  @Column(nullable = false)
  private BigDecimal price;

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

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }
}
