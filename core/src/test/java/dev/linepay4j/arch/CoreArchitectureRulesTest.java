package dev.linepay4j.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.linepay4j.archfixture.ReachesForJdkHttp;
import org.junit.jupiter.api.Test;

/** The rules are only worth having if they fail on code that breaks them. */
class CoreArchitectureRulesTest {

    @Test
    void aCoreClassThatUsesAnHttpLibraryBreaksTheRule() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesForJdkHttp.class);

        assertThat(CoreArchitectureRules.CORE_KNOWS_NO_HTTP_OR_JSON_LIBRARY.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theDomainRuleRejectsADependencyOutsideJava() {
        JavaClasses domainClassUsingJunit = new ClassFileImporter().importClasses(
                dev.linepay4j.domain.archfixture.DomainClassUsingATestLibrary.class);

        assertThat(CoreArchitectureRules.DOMAIN_USES_ONLY_THE_JDK.evaluate(domainClassUsingJunit).hasViolation()).isTrue();
    }
}
