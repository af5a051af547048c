package uk.nhs.greenbench.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** The {@code --quiet} option the long-running commands share, and where their progress messages go. */
public final class ProgressOption {
    @Option(names = {"-q", "--quiet"}, description = "No progress messages.")
    boolean quiet;

    /** Progress messages to {@code err}, flushed at once, unless {@code --quiet}. */
    Consumer<String> to(PrintWriter err) {
        return msg -> {
            if (!quiet) {
                err.println(msg);
                err.flush();
            }
        };
    }
}
