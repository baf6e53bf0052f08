package io.phasewise.domain.phase;

import java.util.Objects;

/**
 * One piece of evidence behind a phase: a machine key (e.g. {@code close_vs_sma50}), the number it
 * is about and the threshold or reference it is compared with, the phase it argues for, how strongly
 * (0..1) and a sentence a person reads ("close 12.4% below SMA50").
 *
 * @param key machine key of the signal, stable across versions
 * @param value the measured number (e.g. −0.124 for 12.4% below)
 * @param threshold the reference the value is compared with (e.g. 0 for "above/below")
 * @param supports the phase this evidence argues for
 * @param strength how strongly it argues, 0 (not at all) to 1 (fully)
 * @param text the readable sentence
 */
public record Reason(String key, double value, double threshold, Phase supports, double strength, String text) {
  public Reason {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(supports, "supports");
    Objects.requireNonNull(text, "text");
    if (!(strength >= 0 && strength <= 1)) throw new IllegalArgumentException("strength must be in [0,1]: " + strength);
  }
}
