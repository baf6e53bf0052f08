package io.phasewise.application.shared;

import java.util.UUID;

/** Source of new identifiers: injected, so a replay with fixed ids is reproducible. */
@FunctionalInterface
public interface IdGenerator {
  UUID next();
}
