package io.phasewise.application.pipeline.model;

/**
 * What the webhook step at the end of a run did: outbox events fanned out into deliveries, then the
 * deliveries due attempted (delivered, to be retried later, given up).
 */
public record WebhookRound(int events, int deliveries, int attempted, int delivered, int retrying, int failed) {
  public static final WebhookRound NONE = new WebhookRound(0, 0, 0, 0, 0, 0);

  public WebhookRound {
    if (events < 0 || deliveries < 0 || attempted < 0 || delivered < 0 || retrying < 0 || failed < 0) {
      throw new IllegalArgumentException("webhook counts must not be negative");
    }
  }
}
