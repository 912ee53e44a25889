package uk.mhhs.dataservice;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The data service's packages form a tree, and its rules stay free of frameworks and storage. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.mhhs.dataservice");

    @Test
    void capabilities_have_no_cycles() {
        slices().matching("uk.mhhs.dataservice.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void rules_use_no_spring_jdbc_kafka_jackson_or_jakarta() {
        noClasses().that().resideInAPackage("uk.mhhs.dataservice.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..",
                        "tools.jackson..", "com.fasterxml..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void rules_do_not_reach_the_adapters() {
        noClasses().that().resideInAPackage("uk.mhhs.dataservice.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("uk.mhhs.dataservice.mpan..", "uk.mhhs.dataservice.readings..",
                        "uk.mhhs.dataservice.processing..", "uk.mhhs.dataservice.shapes..",
                        "uk.mhhs.dataservice.amendment..", "uk.mhhs.dataservice.unmetered..",
                        "uk.mhhs.dataservice.feedback..")
                .check(CLASSES);
    }
}
