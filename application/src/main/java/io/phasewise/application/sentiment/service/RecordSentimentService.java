package io.phasewise.application.sentiment.service;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.sentiment.port.in.RecordSentimentCommand;
import io.phasewise.application.sentiment.port.in.RecordSentimentUseCase;
import io.phasewise.application.sentiment.port.in.SentimentReport;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentObservationsPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a batch of observation rows in one transaction: resolves and checks every row, rejects a
 * second row with the key of an earlier one, and upserts the good rows in one call to the store.
 */
public final class RecordSentimentService implements RecordSentimentUseCase {
  private final LoadAssetsPort assets;
  private final LoadSentimentPort sentiment;
  private final SaveSentimentObservationsPort observations;
  private final TransactionPort tx;
  private final Clock clock;

  public RecordSentimentService(LoadAssetsPort assets, LoadSentimentPort sentiment,
      SaveSentimentObservationsPort observations, TransactionPort tx, Clock clock) {
    this.assets = assets;
    this.sentiment = sentiment;
    this.observations = observations;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, SentimentReport> record(RecordSentimentCommand command) {
    return Either.right(tx.inTransaction(() -> {
      SentimentRowCheck check = new SentimentRowCheck(assets, sentiment.sources(), clock.instant());
      List<SentimentRejection> rejections = new ArrayList<>(command.unreadable());
      Map<SentimentObservation.Key, Long> firstRowOfKey = new HashMap<>();
      List<SentimentObservation> good = new ArrayList<>();
      for (SentimentRow row : command.rows()) {
        Either<List<SentimentRejection>, SentimentObservation> checked = check.observation(row);
        if (checked.isLeft()) {
          rejections.addAll(checked.getLeft());
          continue;
        }
        Long first = firstRowOfKey.putIfAbsent(checked.get().key(), row.row());
        if (first != null) {
          rejections.add(new SentimentRejection(row.row(), "observed_at",
              "the same asset, source and time as row " + first));
          continue;
        }
        good.add(checked.get());
      }
      UpsertCount stored = good.isEmpty() ? UpsertCount.NONE : observations.saveAll(good);
      long read = command.rows().size() + command.unreadable().stream().mapToLong(SentimentRejection::row).distinct().count();
      return new SentimentReport(command.origin(), read, stored.inserted(), stored.updated(), stored.unchanged(), rejections);
    }));
  }
}
