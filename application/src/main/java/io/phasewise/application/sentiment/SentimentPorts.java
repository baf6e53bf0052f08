package io.phasewise.application.sentiment;

import io.phasewise.application.sentiment.port.out.LoadSentimentPagesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentObservationsPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentSourcePort;
import io.phasewise.application.shared.TransactionPort;

/** The outgoing ports of the sentiment context: sources, their observations and their transactions. */
public record SentimentPorts(
    LoadSentimentPort loadSentiment,
    LoadSentimentPagesPort loadSentimentPages,
    SaveSentimentSourcePort saveSources,
    SaveSentimentObservationsPort saveObservations,
    TransactionPort tx) {}
