package uk.nhs.greenbench.cli;

import picocli.CommandLine.Option;
import uk.nhs.greenbench.pipeline.Project;

import java.nio.file.Path;

/** The {@code --home} option every command shares, and loading the project from it. */
public final class HomeOption {
    @Option(names = "--home", paramLabel = "DIR", description = "The greenbench folder (default: found from the current folder).")
    Path home;

    Project loadProject() {
        return Project.load(Project.locateHome(home));
    }
}
