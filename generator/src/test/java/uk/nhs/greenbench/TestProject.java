package uk.nhs.greenbench;

import uk.nhs.greenbench.pipeline.Project;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository folder (with the bundled data), for tests that read the real definitions. */
public final class TestProject {
    private static Project project;

    private TestProject() {
    }

    public static Path home() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("indicators"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run tests from inside the greenbench repository");
        return p;
    }

    public static synchronized Project project() {
        if (project == null) project = Project.load(home());
        return project;
    }
}
