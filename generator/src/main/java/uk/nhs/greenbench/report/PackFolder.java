package uk.nhs.greenbench.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Writes a pack into a temporary folder beside its target and moves it into place only when complete, so a
 * failed run never leaves a half-written pack and never damages the previous good one. A run stopped by a signal
 * removes its temporary folder; one killed outright leaves it, and the next run of the same pack removes it.
 */
public final class PackFolder {
    /** Writes the pack's files into the folder it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    private PackFolder() {
    }

    public static void write(Path target, Contents contents) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeStale(parent, name, target);
        // The pid in the name tells a later run whether the process that made the folder is still running.
        long pid = ProcessHandle.current().pid();
        Path staging = Files.createTempDirectory(parent, "." + name + WRITING + pid + "-");
        // A run stopped by SIGTERM or Ctrl-C removes its half-written folder on the way out.
        Thread cleanUp = new Thread(() -> deleteQuietly(staging), "greenbench-staging-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            contents.writeInto(staging);
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(parent, "." + name + PREVIOUS + pid + "-");
                Files.delete(previous);
                move(target, previous);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (previous != null) move(previous, target);
                throw e;
            }
            if (previous != null) deleteTree(previous);
        } finally {
            if (Files.exists(staging)) deleteTree(staging);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or about to: nothing to remove.
            }
        }
    }

    static final String WRITING = ".writing-", PREVIOUS = ".previous-";

    /**
     * Removes what runs of this pack that were killed left behind: half-written folders, and a previous pack moved
     * aside, which is put back when no pack took its place. A folder whose process is still running is another run at
     * work, and is left alone.
     */
    static void removeStale(Path parent, String name, Path target) throws IOException {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile("\\." + java.util.regex.Pattern.quote(name)
                + "\\.(writing|previous)-(\\d+)-.*");
        List<Path> stale = new java.util.ArrayList<>();
        try (var s = Files.list(parent)) {
            s.forEach(p -> {
                java.util.regex.Matcher m = own.matcher(p.getFileName().toString());
                if (m.matches() && !Processes.isRunning(Long.parseLong(m.group(2)))) stale.add(p);
            });
        }
        for (Path p : stale) {
            if (p.getFileName().toString().contains(PREVIOUS) && !Files.exists(target)) move(p, target);
            else deleteTree(p);
        }
    }

    private static void deleteQuietly(Path folder) {
        // Writers may still be finishing a file as the JVM stops: try a few times.
        for (int i = 0; i < 5 && Files.exists(folder); i++) {
            try {
                deleteTree(folder);
            } catch (IOException | RuntimeException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
