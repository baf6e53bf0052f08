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
            ArchitectureRules.contextsAreAcyclic(root).stream(),
            ArchitectureRules.portsAreSeparate(root).stream(),
            Stream.of(ArchitectureRules.drivingAdaptersUseUseCasesOnly(root)),
            ArchitectureRules.namesSayTheRole(root).stream(),
            Stream.of(ArchitectureRules.persistenceDetailsAreHidden(root), ArchitectureRules.noHiddenClockOrRandomIds(root)))
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

  @Test
  void the_port_rules_reject_ports_that_import_each_other() {
    var rules = ArchitectureRules.portsAreSeparate(FIXTURE);
    assertViolation(rules.get(0), "application.market.port.in.ImportFileUseCase", "application.market.port.out.ReadFilePort");
    assertViolation(rules.get(1), "application.market.port.out.ReadFilePort", "application.market.port.in.ImportFileCommand");
  }

  @Test
  void the_driving_adapter_rule_rejects_rest_and_cli_reaching_an_outgoing_port_but_not_the_wiring() {
    ArchRule rule = ArchitectureRules.drivingAdaptersUseUseCasesOnly(FIXTURE);
    assertViolation(rule, "adapters.rest.ResourceReadingFiles", "application.market.port.out.ReadFilePort");
    assertViolation(rule, "bootstrap.CliReadingFiles", "application.market.port.out.ReadFilePort");
    assertThatThrownBy(() -> rule.check(planted)).message()
        .doesNotContain(FIXTURE + ".bootstrap.Phasewise ").doesNotContain(FIXTURE + ".bootstrap.FollowFiles ");
  }

  @Test
  void the_naming_rules_reject_misnamed_ports_commands_and_services() {
    var rules = ArchitectureRules.namesSayTheRole(FIXTURE);
    assertViolation(rules.get(0), "application.market.port.in.Progress", "UseCase");
    assertViolation(rules.get(1), "application.market.port.in.ImportFileCommand", "record");
    assertViolation(rules.get(2), "application.market.port.out.FileReader", "Port");
    assertViolation(rules.get(3), "application.market.port.in.ImportFileCommand", "record");
    assertViolation(rules.get(4), "application.market.service.HelperService", "UseCase");
  }

  @Test
  void the_persistence_rule_rejects_public_entities_and_mappers() {
    ArchRule rule = ArchitectureRules.persistenceDetailsAreHidden(FIXTURE);
    assertViolation(rule, "adapters.persistence.CandleJpaEntity", "public");
    assertViolation(rule, "adapters.persistence.CandleMapper", "public");
  }

  @Test
  void the_clock_rule_rejects_the_system_clock_and_random_ids_in_domain_and_services() {
    ArchRule rule = ArchitectureRules.noHiddenClockOrRandomIds(FIXTURE);
    assertViolation(rule, "domain.market.RandomCandleId", "UUID.randomUUID()");
    assertViolation(rule, "application.market.service.ImportFileService", "Instant.now()");
    assertViolation(rule, "application.market.service.ImportFileService", "System.nanoTime()");
  }

  private static void assertViolation(ArchRule rule, String offender, String target) {
    assertThatThrownBy(() -> rule.check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(FIXTURE + "." + offender)
        .hasMessageContaining(target);
  }
}
