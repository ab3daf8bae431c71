package dev.linepay4j.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;

/**
 * The layering of linepay4j's core, as DESIGN.md draws it. A plain class of rules so that other
 * modules' tests can include it with {@code ArchTests.in(CoreArchitectureRules.class)}.
 */
public final class CoreArchitectureRules {

    private CoreArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes()
            .that().resideInAPackage("dev.linepay4j.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.domain..")
            .as("the domain model depends on java.* and itself only, so it can be reasoned about and reused anywhere");

    @ArchTest
    public static final ArchRule SIGNING_USES_ONLY_DOMAIN_AND_THE_JDK = classes()
            .that().resideInAPackage("dev.linepay4j.signing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "dev.linepay4j.domain..",
                    "dev.linepay4j.signing..")
            .as("signing is a port with JDK-only implementations: it depends on the domain and java.*/javax.crypto only");

    @ArchTest
    public static final ArchRule SPI_DEPENDS_ON_THE_DOMAIN_ONLY = classes()
            .that().resideInAPackage("dev.linepay4j.spi..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.spi..", "dev.linepay4j.domain..")
            .as("the ports depend on the domain only, so an adapter needs nothing of core's workings");

    @ArchTest
    public static final ArchRule DISCOVERY_DEPENDS_ON_THE_PORTS_ONLY = classes()
            .that().resideInAPackage("dev.linepay4j.discovery..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.discovery..", "dev.linepay4j.spi..")
            .as("discovery knows the provider interfaces and the JDK's ServiceLoader, nothing else");

    @ArchTest
    public static final ArchRule CORE_KNOWS_NO_HTTP_OR_JSON_LIBRARY = noClasses()
            .that().resideInAPackage("dev.linepay4j..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "org.apache.hc..", "com.fasterxml..",
                    "io.vavr..", "java.net.http..")
            .as("core knows LINE Pay, not HTTP or JSON libraries: those live in adapter modules found by ServiceLoader");

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.linepay4j.(**)")
            .should().beFreeOfCycles()
            .as("packages form no cycles, so each idea can be understood and changed on its own");

    @ArchTest
    public static final ArchRule INTERNAL_IS_REACHED_ONLY_THROUGH_THE_ENTRY_POINT = noClasses()
            .that().resideOutsideOfPackages("dev.linepay4j", "dev.linepay4j.internal..")
            .should().dependOnClassesThat().resideInAPackage("dev.linepay4j.internal..")
            .as("internal is the implementation behind LinePay: only the root package and internal itself use it,"
                    + " so it can change in any release without breaking anyone");

    @ArchTest
    public static final ArchRule WIRE_MAPPING_IS_PURE = classes()
            .that().resideInAPackage("dev.linepay4j.internal.wire..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.domain..",
                    "dev.linepay4j.internal.wire..")
            .as("the wire mapping is pure functions from domain values to JSON trees and back: no client, codec or I/O,"
                    + " so every mapping is tested on trees alone");

    @ArchTest
    public static final ArchRule REDIRECT_USES_ONLY_THE_DOMAIN = classes()
            .that().resideInAPackage("dev.linepay4j.redirect..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.domain..",
                    "dev.linepay4j.redirect..")
            .as("the redirect helper reads a query string into domain ids; a confirm page can use it without a client");

    @ArchTest
    public static final ArchRule THE_PUBLIC_API_NAMES_NO_INTERNAL_TYPE = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("dev.linepay4j.internal..")
            .should(new ArchCondition<JavaMethod>("name no internal type in their signatures") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                            .map(JavaClass::getPackageName)
                            .filter(p -> p.startsWith("dev.linepay4j.internal"))
                            .forEach(p -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " names a type of " + p)));
                }
            })
            .as("public methods never take or return an internal type, so users never need to import one");
}
