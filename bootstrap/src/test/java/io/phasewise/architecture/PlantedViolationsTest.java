package io.phasewise.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves each architecture rule can fail: the test tree plants one violation per rule under
 * {@code io.phasewise.fixture} (a miniature of the module layout) and each rule must reject it.
 */
class PlantedViolationsTest {
  private static final String FIXTURE = "io.phasewise.fixture";
  private static JavaClasses planted;

  @BeforeAll
  static void importFixtures() {
    planted = new ClassFileImporter().importPackages(FIXTURE + "..");
  }

  static Stream<ArchRule> allRules(String root) {
    return Stream.of(
            Stream.of(ArchitectureRules.domainIsPure(root), ArchitectureRules.applicationDependsOnDomainOnly(root),
                ArchitectureRules.onlyBootstrapKnowsBootstrap(root)),
            ArchitectureRules.adaptersAreIndependent(root).stream(),
            ArchitectureRules.contextsAreAcyclic(root).stream())
        .flatMap(s -> s);
  }

  @Test
  void the_domain_rule_rejects_jdbc_in_the_domain() {
    assertViolation(ArchitectureRules.domainIsPure(FIXTURE), "domain.market.CandleWithJdbc", "java.sql.Timestamp");
  }

  @Test
  void the_application_rule_rejects_a_framework_in_a_service() {
    assertViolation(ArchitectureRules.applicationDependsOnDomainOnly(FIXTURE), "application.market.ServiceUsingPicocli",
        "picocli.CommandLine");
  }

  @Test
  void the_bootstrap_rule_rejects_the_application_reaching_into_bootstrap() {
    assertViolation(ArchitectureRules.onlyBootstrapKnowsBootstrap(FIXTURE), "application.market.ServiceReadingConfig",
        "bootstrap.Settings");
  }

  @Test
  void the_adapter_rules_reject_each_adapter_reaching_another() {
    var rules = ArchitectureRules.adaptersAreIndependent(FIXTURE);
    assertViolation(rules.get(0), "adapters.persistence.AdapterCallingRest", "adapters.rest.Resource");
    assertViolation(rules.get(1), "adapters.rest.Resource", "adapters.persistence.Adapter");
    assertViolation(rules.get(2), "adapters.providers.SourceReadingSettings", "bootstrap.Settings");
  }

  @Test
  void the_cycle_rules_reject_contexts_that_depend_on_each_other() {
    var rules = ArchitectureRules.contextsAreAcyclic(FIXTURE);
    assertViolation(rules.get(0), "domain.market.CandleWithJdbc", "domain.portfolio.Holding");
    assertViolation(rules.get(1), "application.market.ServiceUsingPicocli", "application.portfolio.Rebalancer");
  }

  private static void assertViolation(ArchRule rule, String offender, String target) {
    assertThatThrownBy(() -> rule.check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(FIXTURE + "." + offender)
        .hasMessageContaining(target);
  }
}
