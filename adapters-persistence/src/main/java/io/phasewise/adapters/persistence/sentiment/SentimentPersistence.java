package io.phasewise.adapters.persistence.sentiment;

import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.BULK_THRESHOLD;
import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.STAGING_CHUNK;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.sentiment.SentimentPorts;
import java.util.List;

/** The persistence of the sentiment context: sentiment sources and the observations they made. */
public final class SentimentPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<SentimentPorts> MODULE =
      new PersistenceModule<>(List.of(), SentimentPersistence::ports);

  private SentimentPersistence() {}

  /** The sentiment adapters on {@code database}. */
  public static SentimentPorts ports(Database database) {
    JooqSentimentPersistenceAdapter sentiment =
        new JooqSentimentPersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
    return new SentimentPorts(sentiment, sentiment, sentiment, sentiment, database.transactions());
  }
}
