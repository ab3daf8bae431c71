package dev.linepay4j.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules that span modules, over every published module's classes at once. */
@AnalyzeClasses(packages = "dev.linepay4j", importOptions = ImportOption.DoNotIncludeTests.class)
class CrossModuleArchitectureTest {

    @ArchTest
    static final ArchRule ADAPTERS_USE_ONLY_THE_PORTS = noClasses()
            .that().resideInAnyPackage("dev.linepay4j.adapter..", "dev.linepay4j.codec..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.linepay4j.internal..", "dev.linepay4j.discovery..",
                    "dev.linepay4j.signing..")
            .as("adapters only move bytes: they implement the ports in dev.linepay4j.spi and never reach into core's workings");

    @ArchTest
    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = slices()
            .matching("dev.linepay4j.(adapter|codec).(*)..")
            .should().notDependOnEachOther()
            .as("each adapter stands alone, so a user can take exactly one");

    @ArchTest
    static final ArchRule CORE_DOES_NOT_KNOW_ITS_ADAPTERS = noClasses()
            .that().resideOutsideOfPackages("dev.linepay4j.adapter..", "dev.linepay4j.codec..", "dev.linepay4j.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.linepay4j.adapter..", "dev.linepay4j.codec..")
            .as("core finds adapters through ServiceLoader and never names one");

    @ArchTest
    static final ArchRule NO_CYCLES_ACROSS_MODULES = slices()
            .matching("dev.linepay4j.(**)")
            .should().beFreeOfCycles()
            .as("no package cycles anywhere, across modules too");

    @ArchTest
    static final ArchRule NO_MODULE_REACHES_INTO_CORES_INTERNALS = noClasses()
            .that().resideOutsideOfPackages("dev.linepay4j", "dev.linepay4j.internal..")
            .should().dependOnClassesThat().resideInAPackage("dev.linepay4j.internal..")
            .as("core's internal package is reached only through LinePay: no adapter, codec, testkit or façade uses it,"
                    + " so it can change in any release");
}
