package dev.linepay4j.domain.archfixture;

import org.assertj.core.api.Assertions;

/** A domain class that reaches outside java.* on purpose, to show the rule catches it. */
public final class DomainClassUsingATestLibrary {

    private DomainClassUsingATestLibrary() {
    }

    /** Depends on AssertJ. */
    public static void check(Object o) {
        Assertions.assertThat(o).isNotNull();
    }
}
