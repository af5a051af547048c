package uk.nhs.greenbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives each run a temporary folder of its own ({@code greenbench-<pid>} in the system's), so that what the JDK and
 * the libraries leave there — the font files PDF export unpacks ({@code +~JF*.tmp}) — goes with the run: removed at
 * exit, and, when a run is killed outright, by the next run, which removes the folders of runs no longer alive.
 * Set before anything creates a temporary file: the JDK reads the temporary folder once.
 */
final class OwnTempFolder {
    private static final Pattern OWN = Pattern.compile("greenbench-(\\d+)");

    private OwnTempFolder() {
    }

    static void use() {
        Path current = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        String ownName = "greenbench-" + ProcessHandle.current().pid();
        // The ./greenbench launcher makes the folder and points the JVM at it before it starts, which is what the font
        // files need (the JDK may fix its temporary folder before main runs); with plain java -jar it is made here.
        boolean fromLauncher = current.getFileName() != null && current.getFileName().toString().equals(ownName);
        Path base = fromLauncher ? current.getParent() : current;
        removeStale(base);
        Path own = fromLauncher ? current : base.resolve(ownName);
        try {
            Files.createDirectories(own);
        } catch (IOException e) {
            return; // the system's folder is still usable: nothing to tidy, nothing lost
        }
        if (!fromLauncher) System.setProperty("java.io.tmpdir", own.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(own), "greenbench-temp-clean-up"));
    }

    /** Removes the temporary folders of greenbench runs that are no longer running. */
    static void removeStale(Path base) {
        List<Path> stale;
        try (Stream<Path> s = Files.list(base)) {
            stale = s.filter(p -> {
                Matcher m = OWN.matcher(p.getFileName().toString());
                return m.matches() && Files.isDirectory(p) && !uk.nhs.greenbench.report.Processes.isRunning(Long.parseLong(m.group(1)));
            }).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        stale.forEach(OwnTempFolder::deleteQuietly);
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // another process's file or one still open: left for the next run
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // gone already, or unreadable: nothing more to do
        }
    }
}
