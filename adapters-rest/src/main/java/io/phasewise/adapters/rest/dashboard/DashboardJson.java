package io.phasewise.adapters.rest.dashboard;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.phasewise.adapters.rest.snapshot.IndicatorSnapshotJson;
import io.phasewise.adapters.rest.snapshot.MarketSnapshotJson;
import io.phasewise.application.dashboard.port.in.Dashboard;
import io.phasewise.application.dashboard.port.in.DashboardCard;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.snapshot.SnapshotSet;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's dashboard: a card per watched asset in display order, each with the phase badge and the
 * latest bar; the reasons, the timeline and the sentiment meter are separate reads of one asset.
 */
@Schema(name = "Dashboard")
record DashboardJson(
    @Schema(description = "the caller's user id") String user,
    @Schema(example = "1d") String interval,
    List<Card> cards) {

  /** One watched asset; {@code phase} and {@code snapshot} are null until computed at this interval. */
  @Schema(name = "DashboardCard")
  record Card(
      @Schema(description = "display position in the watchlist, from 0") int position,
      AssetRef asset,
      @Schema(nullable = true) PhaseBadge phase,
      @Schema(nullable = true) LatestBar snapshot) {}

  /** Who the card is about. */
  @Schema(name = "DashboardAsset")
  record AssetRef(long id, String symbol, String name, String type) {}

  /** The current phase without its reasons (GET /api/assets/{id}/phase has them). */
  @Schema(name = "DashboardPhase")
  record PhaseBadge(
      @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}) String phase,
      @Schema(description = "0..1") double confidence,
      @Schema(description = "the tooltip's one line") String summary,
      @Schema(description = "end time of the bar on which the asset entered this phase") Instant since,
      @Schema(description = "end time of the last bar read") Instant asOf,
      int barsInPhase) {}

  /** The market and the standard indicators at the asset's latest bar, in one flat object. */
  @Schema(name = "DashboardSnapshot")
  record LatestBar(
      @Schema(description = "open time of the bar, UTC") Instant barTime,
      @Schema(description = "end time of the bar") Instant asOf,
      @JsonUnwrapped MarketSnapshotJson market,
      @JsonUnwrapped IndicatorSnapshotJson indicators) {}

  static DashboardJson of(Dashboard dashboard) {
    List<Card> cards = new ArrayList<>(dashboard.cards().size());
    for (DashboardCard card : dashboard.cards()) {
      cards.add(new Card(card.position(), asset(card.asset()), card.phase().map(DashboardJson::phase).orElse(null),
          card.latest().map(DashboardJson::latest).orElse(null)));
    }
    return new DashboardJson(dashboard.user().toString(), dashboard.interval().code(), cards);
  }

  private static AssetRef asset(Asset asset) {
    return new AssetRef(asset.id().value(), asset.symbol(), asset.profile().name(), asset.type().code());
  }

  private static PhaseBadge phase(PhaseState s) {
    return new PhaseBadge(s.phase().code(), s.confidence(), s.rationale().summary(), s.since(), s.asOf(), s.barsInPhase());
  }

  private static LatestBar latest(SnapshotSet set) {
    return new LatestBar(set.market().barTime(), set.market().asOf(), MarketSnapshotJson.of(set.market()),
        IndicatorSnapshotJson.of(set.indicators()));
  }
}
