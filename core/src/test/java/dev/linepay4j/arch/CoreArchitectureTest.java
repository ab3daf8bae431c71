package dev.linepay4j.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Runs the layering rules over core's production classes. */
@AnalyzeClasses(packages = "dev.linepay4j", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchTests CORE_RULES = ArchTests.in(CoreArchitectureRules.class);
}
