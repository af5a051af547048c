package uk.nhs.greenbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a pack may be written to a folder. A pack replaces its folder whole, so greenbench replaces only
 * a folder it wrote itself (recognised by its manifest.json) or an empty one, and never a folder that holds one of
 * the run's inputs.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /** Why {@code target} must not be written, or empty when it may be. */
    public static Optional<String> refusal(Path target, Collection<Path> inputs) {
        Path t = real(target);
        for (Path input : inputs) {
            Path in = real(input);
            if (in.startsWith(t)) {
                return Optional.of(target + " holds " + input + ", an input of this run: a pack replaces its whole folder, so "
                        + "greenbench never writes one over its inputs. Choose an --out folder outside them.");
            }
        }
        if (!Files.exists(target)) return Optional.empty();
        if (!Files.isDirectory(target)) return Optional.of(target + " exists and is not a folder: choose another --out.");
        if (isEmpty(target) || isPack(target)) return Optional.empty();
        return Optional.of(target + " holds files greenbench did not write (it has no greenbench manifest.json). A pack replaces "
                + "its whole folder, so greenbench replaces only packs it wrote: choose another --out, or move the files away.");
    }

    /** Whether a folder is a pack greenbench wrote: its manifest.json names greenbench as the tool. */
    static boolean isPack(Path folder) {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) return false;
        try {
            JsonNode m = new ObjectMapper().readTree(manifest.toFile());
            return "greenbench".equals(m.path("tool").asText());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with every existing part resolved (symbolic links followed), so two names of one folder compare equal. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
