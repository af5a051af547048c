package uk.nhs.greenbench.pack;

import uk.nhs.greenbench.figures.YearFigures;
import uk.nhs.greenbench.report.Document;
import uk.nhs.greenbench.report.DocumentQueue;
import uk.nhs.greenbench.report.PackFolder;
import uk.nhs.greenbench.report.PackOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a year's pack into {@code out/<year>/}, all at once or not at all: each output prepares its files and
 * documents, then one queue writes the documents on every core, then the folder is moved into place.
 */
public final class PackWriter {
    private final List<PackOutput> outputs;
    private final int threads;
    private final Consumer<String> progress;

    public PackWriter(List<PackOutput> outputs, int threads, Consumer<String> progress) {
        this.outputs = List.copyOf(outputs);
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** A step of writing a pack: it may fail with an I/O error. */
    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    /** Runs the steps of writing a pack ("tables", "site", then "documents"); the benchmark's version times each. */
    @FunctionalInterface
    public interface Steps {
        Steps UNTIMED = (name, step) -> step.run();

        void run(String name, Step step) throws IOException;
    }

    /** Where a pack was written, and what its documents cost. */
    public record Written(Path target, DocumentQueue.Stats documents) {
    }

    public Path write(YearFigures year, Path out) {
        return write(year, out, Steps.UNTIMED).target();
    }

    /** As {@link #write(YearFigures, Path)}, running the steps ("tables", "site", "documents") through {@code steps}. */
    public Written write(YearFigures year, Path out, Steps steps) {
        Path target = out.resolve(year.year());
        DocumentQueue.Stats[] stats = new DocumentQueue.Stats[1];
        try {
            PackFolder.write(target, folder -> {
                List<Document> documents = new ArrayList<>();
                Map<String, List<PackOutput>> byStage = new LinkedHashMap<>();
                for (PackOutput o : outputs) byStage.computeIfAbsent(o.stage(), k -> new ArrayList<>()).add(o);
                for (Map.Entry<String, List<PackOutput>> stage : byStage.entrySet()) {
                    steps.run(stage.getKey(), () -> {
                        for (PackOutput o : stage.getValue()) documents.addAll(o.prepare(year, folder));
                    });
                }
                steps.run("documents", () -> stats[0] = DocumentQueue.writeAll(documents, threads, progress));
            });
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("Could not write the pack to " + target + ": " + describe(e)
                    + " (any previous pack there is unchanged)", e);
        }
        return new Written(target, stats[0]);
    }

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException a) return "permission denied on " + a.getFile();
        if (t instanceof java.nio.file.NoSuchFileException n) return "no such folder: " + n.getFile();
        if (t instanceof java.nio.file.FileSystemException f) {
            return (f.getReason() == null ? "file system error" : f.getReason()) + " (" + f.getFile() + ")";
        }
        return String.valueOf(t.getMessage());
    }

    /** The pack could not be written (disk full, no permission, …). */
    public static final class OutputException extends RuntimeException {
        public OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
