package io.phasewise.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the production classes of every module against the architecture rules. Under
 * {@code mvn verify} sibling modules arrive as jars, so jars must be imported (never
 * {@code DoNotIncludeJars}); the first test proves every module was actually seen.
 */
class ArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.phasewise..");
  }

  @Test
  void every_module_is_imported() {
    Stream.of("io.phasewise.domain", "io.phasewise.application", "io.phasewise.adapters.persistence",
            "io.phasewise.adapters.rest", "io.phasewise.adapters.providers", "io.phasewise.bootstrap")
        .forEach(pkg -> assertThat(production.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
            .as("classes imported from %s", pkg).isGreaterThan(3));
    assertThat(production.stream().filter(c -> c.getPackageName().startsWith("io.phasewise.fixture"))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> production_code_follows_every_rule() {
    return PlantedViolationsTest.allRules("io.phasewise")
        .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(production)));
  }

}
