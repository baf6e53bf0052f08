package io.phasewise.adapters.persistence.sentiment;

import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.BULK_THRESHOLD;
import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.STAGING_CHUNK;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.sentiment.port.out.LoadSentimentPagesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentObservationsPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentSourcePort;

/** The persistence ports of the sentiment context: sentiment sources and the observations they made. */
public final class SentimentPersistence {
  private final JooqSentimentPersistenceAdapter sentiment;

  private SentimentPersistence(Database database) {
    this.sentiment = new JooqSentimentPersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
  }

  /** Wires the sentiment adapter onto {@code database}. */
  public static SentimentPersistence create(Database database) {
    return new SentimentPersistence(database);
  }

  public LoadSentimentPort loadSentiment() {
    return sentiment;
  }

  public LoadSentimentPagesPort loadSentimentPages() {
    return sentiment;
  }

  public SaveSentimentSourcePort saveSources() {
    return sentiment;
  }

  public SaveSentimentObservationsPort saveObservations() {
    return sentiment;
  }
}
