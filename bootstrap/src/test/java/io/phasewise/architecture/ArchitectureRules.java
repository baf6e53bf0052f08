package io.phasewise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dependency rules of docs/ARCHITECTURE.md as ArchUnit rules over a root package, so the same rules
 * check the production code ({@code io.phasewise}) and the planted violations of the tests.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * {@code domain} depends on the JDK (without JDBC, logging or desktop APIs; with the JDK's
   * cryptography API {@code javax.crypto}, pure computation such as a webhook's HMAC), Vavr and itself only.
   */
  static ArchRule domainIsPure(String root) {
    return noClasses().that().resideInAPackage(root + ".domain..")
        .should().dependOnClassesThat().resideOutsideOfPackages(root + ".domain..", "java..", "javax.crypto..", "io.vavr..")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.util.logging..",
            "java.awt..", "javax.swing..", "java.net.http..")
        .as("domain depends on the JDK and Vavr only")
        .allowEmptyShould(false);
  }

  /** {@code application} depends on the domain, the JDK, Vavr and the SLF4J API only. */
  static ArchRule applicationDependsOnDomainOnly(String root) {
    return noClasses().that().resideInAPackage(root + ".application..")
        .should().dependOnClassesThat().resideOutsideOfPackages(root + ".application..", root + ".domain..", "java..",
            "io.vavr..", "org.slf4j")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .as("application depends on domain, Vavr and the SLF4J API only")
        .allowEmptyShould(false);
  }

  /** No adapter depends on another adapter or on bootstrap; only bootstrap knows every module. */
  static List<ArchRule> adaptersAreIndependent(String root) {
    List<String> adapters = List.of("persistence", "rest", "providers");
    return adapters.stream().<ArchRule>map(adapter -> noClasses()
            .that().resideInAPackage(root + ".adapters." + adapter + "..")
            .should().dependOnClassesThat().resideInAnyPackage(otherAdaptersAndBootstrap(root, adapter, adapters))
            .as("adapters-" + adapter + " depends on no other adapter and not on bootstrap")
            .allowEmptyShould(false))
        .toList();
  }

  /** Nothing below bootstrap (domain, application, adapters) depends on bootstrap. */
  static ArchRule onlyBootstrapKnowsBootstrap(String root) {
    return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..", root + ".adapters..")
        .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
        .as("only bootstrap knows bootstrap")
        .allowEmptyShould(false);
  }

  /** Bounded-context packages of domain and of application form no cycles. */
  static List<ArchRule> contextsAreAcyclic(String root) {
    return List.of(
        slices().matching(root + ".domain.(*)..").should().beFreeOfCycles().allowEmptyShould(false)
            .as("domain contexts are free of cycles"),
        slices().matching(root + ".application.(*)..").should().beFreeOfCycles().allowEmptyShould(false)
            .as("application contexts are free of cycles"));
  }

  private static String[] otherAdaptersAndBootstrap(String root, String self, List<String> adapters) {
    return Stream.concat(
            adapters.stream().filter(a -> !a.equals(self)).map(a -> root + ".adapters." + a + ".."),
            Stream.of(root + ".bootstrap.."))
        .toArray(String[]::new);
  }
}
