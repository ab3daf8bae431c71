package dev.linepay4j.domain.payment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.linepay4j.domain.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentPackageArchitectureTest {

    @ArchTest
    static final ArchRule paymentRulesUseOnlyTheJdkAndTheDomain = classes()
            .that().resideInAPackage("dev.linepay4j.domain.payment..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.domain..")
            .as("the payment machines use only java.* and linepay4j's domain, so every fake and sandbox can run "
                    + "them without pulling anything in");
}
