package cn.petition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cn.petition.casefile.CaseLifecycle;
import cn.petition.casefile.PetitionCaseMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Layers run one way (architecture principle 7), checked on the compiled application classes:
 *
 * <pre>
 *   application   cn.petition (the Spring Boot main class), config (the petition.* configuration root)
 *   read side     caseview, report, tasklist: compose the case detail, lists, dashboards and Tasklist rows
 *                 from the features' views
 *   guards        login, engineapi, deployment: who may log in, start processes and deploy; they plug into the
 *                 engine and the web layer, and only the application refers to them
 *   features      intake, routing, handling, warning, emergency, supervision, appeal, screening, document
 *   core          casefile (the case, its petitioners, co-handlers and timeline), deadline (the time limits)
 *   foundation    org (departments, regions, users), rules (decision tables), web (HTTP errors), numbering
 * </pre>
 *
 * A layer imports only the layers below it (the guards only the foundation); a lower layer that must tell the layers above that something
 * happened publishes a Spring application event. Features may use each other, and no package may take part
 * in a cycle.
 */
@AnalyzeClasses(packages = "cn.petition", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String FOUNDATION = "foundation";
  private static final String CORE = "core";
  private static final String FEATURES = "features";
  private static final String READ_SIDE = "read side";
  private static final String GUARDS = "guards";
  private static final String APPLICATION = "application";

  private static final String[] FOUNDATION_PACKAGES = {"cn.petition.org..", "cn.petition.rules..",
      "cn.petition.web..", "cn.petition.numbering.."};
  private static final String[] CORE_PACKAGES = {"cn.petition.casefile..", "cn.petition.deadline.."};
  private static final String[] FEATURE_PACKAGES = {"cn.petition.intake..", "cn.petition.routing..",
      "cn.petition.handling..", "cn.petition.warning..", "cn.petition.emergency..", "cn.petition.supervision..",
      "cn.petition.appeal..", "cn.petition.screening..", "cn.petition.document.."};
  private static final String[] READ_SIDE_PACKAGES = {"cn.petition.caseview..", "cn.petition.report..",
      "cn.petition.tasklist.."};
  private static final String[] GUARD_PACKAGES = {"cn.petition.login..", "cn.petition.engineapi..",
      "cn.petition.deployment.."};
  private static final String[] APPLICATION_PACKAGES = {"cn.petition", "cn.petition.config.."};

  @ArchTest
  static final ArchRule layersRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer(FOUNDATION).definedBy(FOUNDATION_PACKAGES)
      .layer(CORE).definedBy(CORE_PACKAGES)
      .layer(FEATURES).definedBy(FEATURE_PACKAGES)
      .layer(READ_SIDE).definedBy(READ_SIDE_PACKAGES)
      .layer(GUARDS).definedBy(GUARD_PACKAGES)
      .layer(APPLICATION).definedBy(APPLICATION_PACKAGES)
      .whereLayer(FOUNDATION).mayNotAccessAnyLayer()
      .whereLayer(CORE).mayOnlyAccessLayers(FOUNDATION)
      .whereLayer(FEATURES).mayOnlyAccessLayers(CORE, FOUNDATION)
      .whereLayer(READ_SIDE).mayOnlyAccessLayers(FEATURES, CORE, FOUNDATION)
      .whereLayer(GUARDS).mayOnlyAccessLayers(FOUNDATION)
      .whereLayer(GUARDS).mayOnlyBeAccessedByLayers(APPLICATION)
      .whereLayer(APPLICATION).mayNotBeAccessedByAnyLayer();

  @ArchTest
  static final ArchRule noPackageTakesPartInACycle = slices().matching("cn.petition.(*)..").should()
      .beFreeOfCycles();

  @ArchTest
  static final ArchRule noLazyInjection = noClasses().should().dependOnClassesThat()
      .haveFullyQualifiedName("org.springframework.context.annotation.Lazy")
      .because("a bean cycle is broken by an event from the lower layer, not hidden behind a lazy proxy");

  /** The mapper methods that write petition_case.status. */
  private static final Set<String> STATUS_WRITES = Set.of("insert", "setStatus", "recordAcceptance", "recordDecline",
      "recordReply", "recordClosure");

  @ArchTest
  static final ArchRule caseStatusIsWrittenInOnePlace = noClasses()
      .that().doNotBelongToAnyOf(CaseLifecycle.class, PetitionCaseMapper.class)
      .should().callMethodWhere(DescribedPredicate.describe("a PetitionCaseMapper method that writes the status",
          call -> call.getTargetOwner().isEquivalentTo(PetitionCaseMapper.class)
              && STATUS_WRITES.contains(call.getName())))
      .because("a case's status is written by CaseLifecycle only");

  @ArchTest
  static final ArchRule everyPackageIsInALayer = classes().should().resideInAnyPackage(Stream.of(
      FOUNDATION_PACKAGES, CORE_PACKAGES, FEATURE_PACKAGES, READ_SIDE_PACKAGES, GUARD_PACKAGES, APPLICATION_PACKAGES)
      .flatMap(Arrays::stream).toArray(String[]::new))
      .because("a new package must be given its layer here before it is used");
}
