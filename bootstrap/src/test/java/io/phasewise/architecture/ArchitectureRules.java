package io.phasewise.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

  /**
   * Incoming and outgoing ports of a context do not import each other's types: what both sides speak
   * lives in {@code application.<ctx>.model} or the domain, so a driven adapter never depends on the
   * driving side and a use case's callers never see an outgoing port.
   */
  static List<ArchRule> portsAreSeparate(String root) {
    return List.of(
        noClasses().that().resideInAPackage(root + "..port.in..")
            .should().dependOnClassesThat().resideInAPackage(root + "..port.out..")
            .as("port.in does not depend on port.out").allowEmptyShould(false),
        noClasses().that().resideInAPackage(root + "..port.out..")
            .should().dependOnClassesThat().resideInAPackage(root + "..port.in..")
            .as("port.out does not depend on port.in").allowEmptyShould(false));
  }

  /**
   * Driving adapters (the REST adapter and the CLI classes of bootstrap) call use cases only. In
   * bootstrap only the composition root ({@code Phasewise}) and driven adapters living there (classes
   * implementing an outgoing port) may touch {@code port.out}.
   */
  static ArchRule drivingAdaptersUseUseCasesOnly(String root) {
    DescribedPredicate<JavaClass> wiring = simpleName("Phasewise")
        .or(implement(resideInAPackage(root + "..port.out..")));
    return noClasses().that().resideInAPackage(root + ".adapters.rest..")
        .or(resideInAPackage(root + ".bootstrap..").and(not(wiring)))
        .should().dependOnClassesThat().resideInAPackage(root + "..port.out..")
        .as("driving adapters (REST, CLI) depend on use cases, never on port.out, except the wiring")
        .allowEmptyShould(false);
  }

  /**
   * The names say the role: a top-level interface in {@code port.in} is a {@code ...UseCase} (an
   * interface nested in a use case, such as its progress callback, is named by its owner), the other
   * types there are records (commands, queries, results) or enums; a top-level interface in
   * {@code port.out}
   * is a {@code ...Port}; every {@code ...Command} and {@code ...Query} of the application is a record;
   * every {@code ...Service} implements a use case.
   */
  static List<ArchRule> namesSayTheRole(String root) {
    return List.of(
        classes().that().resideInAPackage(root + "..port.in..").and().areInterfaces().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("UseCase")
            .as("top-level interfaces in port.in are named ...UseCase").allowEmptyShould(false),
        classes().that().resideInAPackage(root + "..port.in..").and().areNotInterfaces().and().areNotEnums()
            .should().beRecords()
            .as("the classes of port.in other than use cases and enums are records").allowEmptyShould(false),
        classes().that().resideInAPackage(root + "..port.out..").and().areInterfaces().and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith("Port")
            .as("top-level interfaces in port.out are named ...Port").allowEmptyShould(false),
        classes().that(resideInAPackage(root + ".application..")
                .and(simpleNameEndingWith("Command").or(simpleNameEndingWith("Query"))))
            .should().beRecords()
            .as("...Command and ...Query classes of the application are records").allowEmptyShould(false),
        classes().that().haveSimpleNameEndingWith("Service")
            .should().implement(resideInAPackage(root + "..port.in..").and(simpleNameEndingWith("UseCase")))
            .as("every ...Service implements a port.in use case").allowEmptyShould(false));
  }

  /** JPA entities and MapStruct mappers are details of their persistence adapter: package-private. */
  static ArchRule persistenceDetailsAreHidden(String root) {
    return noClasses().that(simpleNameEndingWith("JpaEntity")
            .or(resideInAPackage(root + ".adapters.persistence..").and(simpleNameEndingWith("Mapper"))))
        .should().bePublic()
        .as("*JpaEntity classes and persistence *Mapper types are not public").allowEmptyShould(false);
  }

  /**
   * The domain and the application never read the system clock or a random id themselves: time comes
   * from an injected {@link Clock} or {@code Ticker}, ids from an injected {@code IdGenerator} (bootstrap's
   * {@code SystemInfrastructure} supplies the machine's), so a replay with a fixed clock and ids is reproducible.
   */
  static ArchRule noHiddenClockOrRandomIds(String root) {
    return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
        .should().callMethod(Instant.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(UUID.class, "randomUUID")
        .as("domain and application take time and new ids from injected sources").allowEmptyShould(false);
  }

  private static String[] otherAdaptersAndBootstrap(String root, String self, List<String> adapters) {
    return Stream.concat(
            adapters.stream().filter(a -> !a.equals(self)).map(a -> root + ".adapters." + a + ".."),
            Stream.of(root + ".bootstrap.."))
        .toArray(String[]::new);
  }
}
