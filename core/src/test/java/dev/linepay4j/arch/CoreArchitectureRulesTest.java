package dev.linepay4j.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.linepay4j.archfixture.ReachesForJdkHttp;
import dev.linepay4j.archfixture.ReachesIntoInternal;
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

    @Test
    void aClassOutsideTheEntryPointThatUsesInternalBreaksTheRule() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoInternal.class);

        assertThat(CoreArchitectureRules.INTERNAL_IS_REACHED_ONLY_THROUGH_THE_ENTRY_POINT.evaluate(offender).hasViolation())
                .isTrue();
        assertThat(CoreArchitectureRules.THE_PUBLIC_API_NAMES_NO_INTERNAL_TYPE.evaluate(offender).hasViolation()).isTrue();
    }
}
