package uk.mhhs.localsuite.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Checks a service's {@code -exec.jar} before it is started, so a build problem is reported as such
 * rather than as a service that "exited 1". One known trap: a module whose spring-boot-maven-plugin
 * execution lacks {@code <id>repackage</id>} is repackaged twice (the Boot parent's execution rewrites the
 * plain jar, then the module's own wraps that again), and the exec jar's {@code Start-Class} is Boot's own
 * launcher, which dies of a StackOverflowError.
 */
public final class ExecJar {

    private static final String BOOT_LOADER_PACKAGE = "org.springframework.boot.loader.";

    private ExecJar() {
    }

    /** What is wrong with {@code jar} for {@code module}, or empty when it can run. */
    public static Optional<String> problem(Path jar, String module) {
        if (!Files.isRegularFile(jar)) {
            return Optional.of(jar + " is not built");
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String startClass = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
            if (startClass == null) {
                return Optional.of(jar + " is not a Spring Boot executable jar (no Start-Class)");
            }
            if (startClass.startsWith(BOOT_LOADER_PACKAGE)) {
                return Optional.of(jar + " was repackaged twice (its Start-Class is " + startClass + "): give the"
                        + " spring-boot-maven-plugin execution in " + module + "/pom.xml <id>repackage</id>");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(jar + " cannot be read: " + e.getMessage());
        }
    }
}
