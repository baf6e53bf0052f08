package io.phasewise.adapters.persistence.jooq;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.TestPostgres;
import java.nio.file.Path;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the Flyway migrations: migrates a fresh embedded database exactly
 * as the adapter does on start, then reads its schema with jOOQ's PostgreSQL reader.
 */
final class JooqCodeGenerator {
  static final String PACKAGE = "io.phasewise.adapters.persistence.jooq.generated";

  private JooqCodeGenerator() {}

  /** Writes the generated package below {@code sourceRoot}, replacing what was there. */
  static void generateInto(Path sourceRoot) throws Exception {
    String database = TestPostgres.createDatabase("jooq_codegen");
    try {
      DatabaseSettings settings = TestPostgres.settings(database);
      PostgresPersistence.start(settings).close();
      GenerationTool.generate(configuration(settings, sourceRoot));
    } finally {
      TestPostgres.dropDatabase(database);
    }
  }

  static Path packageDirectory(Path sourceRoot) {
    return sourceRoot.resolve(PACKAGE.replace('.', '/'));
  }

  private static Configuration configuration(DatabaseSettings settings, Path sourceRoot) {
    return new Configuration()
        .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(settings.jdbcUrl())
            .withUser(settings.user()).withPassword(settings.password()))
        .withGenerator(new Generator()
            .withName("org.jooq.codegen.JavaGenerator")
            .withDatabase(new Database()
                .withName("org.jooq.meta.postgres.PostgresDatabase")
                .withInputSchema("public")
                .withExcludes("flyway_schema_history")
                .withForcedTypes(
                    new ForcedType().withName("INSTANT").withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone|timestamptz)"),
                    new ForcedType().withName("JSONB").withIncludeTypes("(?i:jsonb)")))
            .withGenerate(new Generate()
                .withGeneratedAnnotation(false)
                .withGeneratedAnnotationDate(false)
                .withGeneratedAnnotationJooqVersion(false)
                .withPojos(false)
                .withDaos(false)
                .withRecordsImplementingRecordN(false)
                .withNewline("\n")
                .withIndentation("    "))
            .withTarget(new Target()
                .withPackageName(PACKAGE)
                .withDirectory(sourceRoot.toString())
                .withEncoding("UTF-8")
                .withClean(true)));
  }
}
