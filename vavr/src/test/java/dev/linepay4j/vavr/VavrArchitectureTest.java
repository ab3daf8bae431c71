package dev.linepay4j.vavr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The façade stands on core's public API only, so core can change its workings in any release. */
@AnalyzeClasses(packages = "dev.linepay4j.vavr", importOptions = ImportOption.DoNotIncludeTests.class)
class VavrArchitectureTest {

    @ArchTest
    static final ArchRule NEVER_CORES_INTERNALS = noClasses()
            .should().dependOnClassesThat().resideInAPackage("dev.linepay4j.internal..")
            .as("the vavr module never uses core's internal package");

    @ArchTest
    static final ArchRule ONLY_THE_CLIENT_API_THE_DOMAIN_AND_VAVR = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "dev.linepay4j",
                    "dev.linepay4j.domain..", "dev.linepay4j.vavr..")
            .as("the vavr module uses only the client's interface and errors, the domain types, Vavr and the JDK:"
                    + " no SPI, no adapter, no discovery, no signing");

    @ArchTest
    static final ArchRule OVER_THE_INTERFACE_NOT_THE_CLIENT = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.linepay4j.LinePay")
            .as("the façade wraps OnlinePayments, so it works over LinePay and over the testkit's fakes alike");
}
