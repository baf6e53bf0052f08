package io.phasewise.adapters.rest.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.SaneDecimal;
import io.phasewise.domain.shared.TimeWindow;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Jackson module: every string (values and object keys), decimal, floating-point number and time in a
 * request body meets the input rules before any resource sees it. Text is {@link InputText} free text
 * of at most {@link InputText#PROSE} characters (fields have tighter rules of their own: a name holds
 * no line break), keys hold no control character at all, numbers are
 * {@link SaneDecimal}, times lie between {@link TimeWindow#DEFAULT}'s earliest instant and
 * {@link #LATEST}; anything else fails as a {@link RefusedValueException} naming the property.
 */
public final class InputHygieneModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The latest time a request body may carry; how far ahead a time may really lie is each use case's rule. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** A value a body carries that breaks an input rule; the problem mapper answers 400 naming its path. */
  public static final class RefusedValueException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String problem;

    RefusedValueException(JsonParser parser, String problem) {
      super(parser, problem);
      this.problem = problem;
    }

    /** What is wrong with the value, e.g. "must not contain control characters (U+0000 at position 3)". */
    public String problem() {
      return problem;
    }
  }

  public InputHygieneModule() {
    super("input-hygiene");
    addDeserializer(String.class, new CleanStrings());
    addKeyDeserializer(String.class, new CleanKeys());
    addDeserializer(BigDecimal.class, new SaneDecimals());
    addDeserializer(Double.class, new SaneDoubles(Double.class, null));
    addDeserializer(double.class, new SaneDoubles(double.class, 0.0));
    addDeserializer(Instant.class, new WindowedInstants());
  }

  private static <T> T refuseIf(JsonParser parser, T value, Optional<String> problem) throws JsonMappingException {
    if (problem.isPresent()) throw new RefusedValueException(parser, problem.get());
    return value;
  }

  private static final class CleanStrings extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = super.deserialize(p, ctxt);
      return refuseIf(p, text, InputText.proseProblem(text, InputText.PROSE));
    }
  }

  private static final class CleanKeys extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      return refuseIf(ctxt.getParser(), key, InputText.problem(key, InputText.NAME).map(p -> "key " + p));
    }
  }

  private static final class SaneDecimals extends NumberDeserializers.BigDecimalDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = super.deserialize(p, ctxt);
      return refuseIf(p, value, SaneDecimal.problem(value));
    }
  }

  private static final class SaneDoubles extends NumberDeserializers.DoubleDeserializer {
    private static final long serialVersionUID = 1L;

    SaneDoubles(Class<Double> type, Double nullValue) {
      super(type, nullValue);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Double value = super.deserialize(p, ctxt);
      return value == null ? null : refuseIf(p, value, SaneDecimal.problem(value.doubleValue()));
    }
  }

  private static final class WindowedInstants extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Instant time = InstantDeserializer.INSTANT.deserialize(p, ctxt);
      if (time == null) return null;
      Instant earliest = TimeWindow.DEFAULT.earliest();
      boolean outside = time.isBefore(earliest) || time.isAfter(LATEST);
      return refuseIf(p, time, outside ? Optional.of("must lie between " + earliest + " and " + LATEST) : Optional.empty());
    }
  }
}
