package dev.linepay4j.domain.code;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CodeAndJsonDependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.linepay4j.domain.code", "dev.linepay4j.domain.json");
    }

    @Test
    void codeAndJsonUseOnlyTheJdkAndTheDomain() {
        classes().that().resideInAnyPackage("dev.linepay4j.domain.code..", "dev.linepay4j.domain.json..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.linepay4j.domain..")
                .as("the domain's code and JSON packages depend on java.* and the domain only")
                .check(classes);
    }

    @Test
    void theJsonTreeKnowsNothingOfReturnCodes() {
        noClasses().that().resideInAPackage("dev.linepay4j.domain.json..")
                .should().dependOnClassesThat().resideInAPackage("dev.linepay4j.domain.code..")
                .as("json is the lower layer: the envelope reads JSON, JSON never reads codes (no cycle)")
                .check(classes);
    }
}
