package uk.nhs.greenbench.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a pack into a temporary folder beside its target and moves it into place only when complete, so a
 * failed run never leaves a half-written pack and never damages the previous good one.
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
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".writing-");
        try {
            contents.writeInto(staging);
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(parent, "." + target.getFileName() + ".previous-");
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
