package io.phasewise.adapters.persistence.sentiment;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.sentiment.port.out.LoadSentimentPagesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentObservationsPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentSourcePort;
import io.phasewise.application.sentiment.port.out.SentimentPortsContract;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSentimentPortsTest extends SentimentPortsContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected LoadSentimentPort load() {
    return DB.persistence().ports(SentimentPersistence.MODULE).loadSentiment();
  }

  @Override
  protected LoadSentimentPagesPort pages() {
    return DB.persistence().ports(SentimentPersistence.MODULE).loadSentimentPages();
  }

  @Override
  protected SaveSentimentSourcePort saveSources() {
    return DB.persistence().ports(SentimentPersistence.MODULE).saveSources();
  }

  @Override
  protected SaveSentimentObservationsPort saveObservations() {
    return DB.persistence().ports(SentimentPersistence.MODULE).saveObservations();
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return DB.newAsset(symbol);
  }
}
