package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a JSON number against the double the use case computed: null where that is NaN, else exactly equal. */
final class NumberAssert {
  private NumberAssert() {}

  static void assertNumber(JsonNode actual, double expected, String what) {
    assertThat(actual).as(what + " is present").isNotNull();
    if (Double.isNaN(expected)) {
      assertThat(actual.isNull()).as(what + " is null while warming up, not " + actual).isTrue();
    } else {
      assertThat(actual.isNumber()).as(what + " is a number, not " + actual).isTrue();
      assertThat(actual.doubleValue()).as(what).isEqualTo(expected);
    }
  }
}
