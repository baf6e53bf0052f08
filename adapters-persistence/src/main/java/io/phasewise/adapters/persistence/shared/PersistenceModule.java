package io.phasewise.adapters.persistence.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One context's persistence as the PostgreSQL adapter registers it: the Hibernate entities it maps and
 * how its ports record is built on the open database.
 *
 * @param <P> the context's ports record
 */
public record PersistenceModule<P>(List<Class<?>> entityClasses, Function<Database, P> ports) {

  public PersistenceModule {
    entityClasses = List.copyOf(entityClasses);
    Objects.requireNonNull(ports, "ports");
  }
}
