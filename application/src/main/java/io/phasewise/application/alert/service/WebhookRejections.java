package io.phasewise.application.alert.service;

import io.phasewise.domain.alert.WebhookRejection;
import io.phasewise.domain.alert.WebhookRejection.DescriptionTooLong;
import io.phasewise.domain.alert.WebhookRejection.TooManyAssets;
import io.phasewise.domain.shared.Failure;

/** The one place a webhook subscription's refusal becomes the field error a caller sees, one case per kind. */
final class WebhookRejections implements WebhookRejection.Cases<Failure.FieldError> {
  private static final WebhookRejections CASES = new WebhookRejections();

  private WebhookRejections() {}

  static Failure.FieldError fieldError(WebhookRejection rejection) {
    return rejection.accept(CASES);
  }

  @Override
  public Failure.FieldError descriptionTooLong(DescriptionTooLong rejection) {
    return new Failure.FieldError("description", "must be at most " + rejection.max() + " characters");
  }

  @Override
  public Failure.FieldError tooManyAssets(TooManyAssets rejection) {
    return new Failure.FieldError("assets", "must name at most " + rejection.max() + " assets");
  }
}
