package io.phasewise.domain.alert;

/**
 * Why a {@link WebhookSubscription} refuses an editable field: a closed set, so whoever turns a
 * refusal into an answer handles every kind through {@link #accept}.
 */
public sealed interface WebhookRejection {

  /** Hands this rejection to the method of {@code cases} that handles its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of rejection. */
  interface Cases<R> {
    R descriptionTooLong(DescriptionTooLong rejection);

    R tooManyAssets(TooManyAssets rejection);
  }

  /** The description (stripped) is longer than {@code max} characters. */
  record DescriptionTooLong(int max) implements WebhookRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.descriptionTooLong(this);
    }
  }

  /** The asset filter names more than {@code max} distinct assets. */
  record TooManyAssets(int max) implements WebhookRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.tooManyAssets(this);
    }
  }
}
