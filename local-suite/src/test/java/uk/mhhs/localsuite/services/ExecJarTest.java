package uk.mhhs.localsuite.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class ExecJarTest {

    @TempDir
    Path temp;

    @Test
    void a_boot_jar_starting_an_application_can_run() throws Exception {
        Path jar = jar("uk.mhhs.mds.MarketWideDataServiceApplication");

        assertThat(ExecJar.problem(jar, "market-wide-data-service")).isEmpty();
    }

    @Test
    void a_jar_repackaged_twice_is_reported_with_its_fix() throws Exception {
        Path jar = jar("org.springframework.boot.loader.launch.JarLauncher");

        assertThat(ExecJar.problem(jar, "market-wide-data-service")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("repackaged twice")
                .contains("market-wide-data-service/pom.xml <id>repackage</id>"));
    }

    @Test
    void a_missing_jar_is_reported() {
        assertThat(ExecJar.problem(temp.resolve("absent-exec.jar"), "data-service"))
                .hasValue(temp.resolve("absent-exec.jar") + " is not built");
    }

    private Path jar(String startClass) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS,
                "org.springframework.boot.loader.launch.JarLauncher");
        manifest.getMainAttributes().put(new Attributes.Name("Start-Class"), startClass);
        Path jar = temp.resolve("service-exec.jar");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
