package uk.mhhs.vas;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** VAS's packages form a tree, and its rules stay free of frameworks and storage. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.mhhs.vas");

    @Test
    void capabilities_have_no_cycles() {
        slices().matching("uk.mhhs.vas.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void rules_use_no_spring_jdbc_kafka_jackson_or_jakarta() {
        noClasses().that().resideInAPackage("uk.mhhs.vas.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..",
                        "tools.jackson..", "com.fasterxml..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void rules_depend_only_on_themselves_common_model_and_the_jdk() {
        noClasses().that().resideInAPackage("uk.mhhs.vas.rules..").should().dependOnClassesThat()
                .resideOutsideOfPackages("uk.mhhs.vas.rules..", "uk.mhhs.common..", "java..")
                .check(CLASSES);
    }
}
