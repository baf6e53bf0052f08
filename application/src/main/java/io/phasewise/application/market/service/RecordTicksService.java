package io.phasewise.application.market.service;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.in.RecordTicksCommand;
import io.phasewise.application.market.port.in.RecordTicksUseCase;
import io.phasewise.application.market.port.in.TickReport;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadTicksPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.market.port.out.SaveTicksPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleAggregator;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.PriceSanity;
import io.phasewise.domain.market.Tick;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.TimeWindow;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Records ticks and rebuilds, from every stored trade, the 1-minute candles of each minute the new
 * trades fall into, in one transaction; after the commit, {@link CandlesChangedPort} hears from the
 * first rebuilt minute on. Replaying the same ticks changes nothing. Ticks outside
 * {@link TimeWindow#DEFAULT} or breaking {@link PriceSanity} are refused, naming each one.
 */
public final class RecordTicksService implements RecordTicksUseCase {
  private final LoadAssetsPort assets;
  private final SaveTicksPort saveTicks;
  private final LoadTicksPort loadTicks;
  private final SaveCandlesPort saveCandles;
  private final TransactionPort tx;
  private final CandlesChangedPort changes;
  private final Clock clock;

  public RecordTicksService(LoadAssetsPort assets, SaveTicksPort saveTicks, LoadTicksPort loadTicks,
      SaveCandlesPort saveCandles, TransactionPort tx, CandlesChangedPort changes, Clock clock) {
    this.assets = assets;
    this.saveTicks = saveTicks;
    this.loadTicks = loadTicks;
    this.saveCandles = saveCandles;
    this.tx = tx;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Either<Failure, TickReport> record(RecordTicksCommand command) {
    AssetId asset = command.asset();
    if (assets.findById(asset).isEmpty()) return Either.left(new Failure.NotFound("asset", asset.toString()));
    Failure insane = insane(command.ticks(), clock.instant());
    if (insane != null) return Either.left(insane);
    Failure duplicate = firstDuplicate(command.ticks());
    if (duplicate != null) return Either.left(duplicate);
    if (command.ticks().isEmpty()) return Either.right(new TickReport(0, 0, 0, 0));
    TreeSet<Instant> minutes = touchedMinutes(command.ticks());
    TickReport report = tx.inTransaction(() -> {
      UpsertCount ticks = saveTicks.saveAll(asset, command.ticks());
      long candles = rebuildMinutes(asset, minutes);
      return new TickReport(ticks.inserted(), ticks.updated(), ticks.unchanged(), candles);
    });
    if (report.candlesWritten() > 0) changes.candlesChanged(asset, Interval.M1, minutes.first());
    return Either.right(report);
  }

  private long rebuildMinutes(AssetId asset, TreeSet<Instant> minutes) {
    if (minutes.isEmpty()) return 0;
    List<Tick> trades = loadTicks.load(asset, minutes.first(), minutes.last().plus(Interval.M1.length()));
    List<Candle> rebuilt = CandleAggregator.minuteCandles(trades).stream()
        .filter(c -> minutes.contains(c.time()))
        .toList();
    UpsertCount written = saveCandles.saveAll(asset, Interval.M1, rebuilt);
    return written.inserted() + written.updated();
  }

  private static TreeSet<Instant> touchedMinutes(List<Tick> ticks) {
    TreeSet<Instant> minutes = new TreeSet<>();
    for (Tick t : ticks) {
      if (t.isTrade()) minutes.add(Interval.M1.floor(t.time()));
    }
    return minutes;
  }

  /** A failure naming every tick outside the time window or the sane ranges, or null when there is none. */
  private static Failure insane(List<Tick> ticks, Instant now) {
    List<Failure.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < ticks.size(); i++) {
      Tick tick = ticks.get(i);
      String field = "ticks[" + i + "]";
      TimeWindow.DEFAULT.problem(tick.time(), now).or(() -> PriceSanity.problem(tick))
          .ifPresent(problem -> errors.add(new Failure.FieldError(field, problem)));
    }
    if (errors.isEmpty()) return null;
    return new Failure.InvalidInput(errors.get(0).field() + ": " + errors.get(0).problem()
        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
  }

  private static Failure firstDuplicate(List<Tick> ticks) {
    Map<Key, Integer> seen = new HashMap<>();
    for (int i = 0; i < ticks.size(); i++) {
      Integer first = seen.putIfAbsent(new Key(ticks.get(i).time(), ticks.get(i).source()), i);
      if (first != null) {
        return Failure.InvalidInput.of("ticks[" + i + "]", "same time and source as ticks[" + first + "]");
      }
    }
    return null;
  }

  private record Key(Instant time, String source) {}
}
