package uk.mhhs.localsuite.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the one-class agent jar holding {@link ParentProcessWatchdog}, copied from this launcher's own
 * classpath, so it works the same from {@code target/classes}, a jar or an IDE.
 */
public final class WatchdogAgentJar {

    private WatchdogAgentJar() {
    }

    public static Path write(Path jar) throws IOException {
        Class<ParentProcessWatchdog> agent = ParentProcessWatchdog.class;
        String entryName = agent.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), agent.getName());
        Files.createDirectories(jar.getParent());
        try (InputStream classFile = agent.getClassLoader().getResourceAsStream(entryName);
             OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (classFile == null) {
                throw new IOException("cannot read " + entryName + " from the classpath");
            }
            out.putNextEntry(new JarEntry(entryName));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
