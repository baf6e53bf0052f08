package io.phasewise.adapters.persistence.portfolio;

import io.phasewise.adapters.persistence.account.AccountValues;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PositionPlan;
import io.phasewise.domain.portfolio.RecordedPrice;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/** Maps a portfolio's settings, plans and recorded prices to and from {@link PortfolioJpaEntity}; the revisions come from jOOQ. */
@Mapper(uses = {PortfolioValues.class, AccountValues.class})
interface PortfolioEntityMapper {
  PortfolioEntityMapper INSTANCE = Mappers.getMapper(PortfolioEntityMapper.class);

  /** A new entity (version 0, which Hibernate inserts); the caller sets the update time. */
  @Mapping(target = "userId", source = "owner")
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "updatedAt", ignore = true)
  PortfolioJpaEntity toNewEntity(Portfolio portfolio);

  /** Copies the changeable settings onto a managed entity; plans and prices are refilled in place, the version left to Hibernate. */
  @Mapping(target = "id", ignore = true)
  @Mapping(target = "userId", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "createdAt", ignore = true)
  @Mapping(target = "updatedAt", ignore = true)
  void update(Portfolio portfolio, @MappingTarget PortfolioJpaEntity entity);

  @Mapping(target = "owner", source = "entity.userId")
  @Mapping(target = "revisions", source = "revisions")
  Portfolio toPortfolio(PortfolioJpaEntity entity, List<LedgerRevision> revisions);

  default PositionPlanJpaEmbeddable toEmbeddable(PositionPlan plan) {
    PositionPlanJpaEmbeddable row = new PositionPlanJpaEmbeddable();
    row.setAssetId(PortfolioValues.assetId(plan.instrument()));
    row.setExternalSymbol(PortfolioValues.externalSymbol(plan.instrument()));
    row.setCurrency(plan.instrument().currency().code());
    row.setLeverage(plan.leverage());
    row.setAllocationTargetPercent(plan.allocationTargetPercent());
    row.setMaxAllocationPercent(plan.maxAllocationPercent());
    row.setThesis(plan.thesis());
    row.setTimeframe(plan.timeframe());
    row.setRiskCategory(plan.riskCategory());
    row.setStopLoss(plan.stopLoss());
    row.setTakeProfit(plan.takeProfit());
    return row;
  }

  default PositionPlan toPlan(PositionPlanJpaEmbeddable row) {
    Instrument instrument = PortfolioValues.instrument(row.getAssetId(), row.getExternalSymbol(), row.getCurrency());
    return new PositionPlan(instrument, row.getLeverage(), row.getAllocationTargetPercent(), row.getMaxAllocationPercent(),
        row.getThesis(), row.getTimeframe(), row.getRiskCategory(), row.getStopLoss(), row.getTakeProfit());
  }

  default RecordedPriceJpaEmbeddable toEmbeddable(RecordedPrice price) {
    RecordedPriceJpaEmbeddable row = new RecordedPriceJpaEmbeddable();
    row.setExternalSymbol(price.instrument().symbol());
    row.setCurrency(price.instrument().currency().code());
    row.setDay(price.day());
    row.setPrice(price.price());
    return row;
  }

  default RecordedPrice toRecordedPrice(RecordedPriceJpaEmbeddable row) {
    return new RecordedPrice(new Instrument.External(row.getExternalSymbol(), PortfolioValues.currency(row.getCurrency())),
        row.getDay(), row.getPrice());
  }
}
