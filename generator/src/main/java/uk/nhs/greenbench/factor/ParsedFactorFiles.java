package uk.nhs.greenbench.factor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The published factor files as parsed, kept for the process: every run in one JVM (the bench's national, synthetic
 * and all-years runs, the test suite's many runs) reads the same DESNZ workbooks and SDU table, and parsing a DESNZ
 * workbook costs about half a second of CPU. A file is known by its real path, size and modification time, so an
 * edited or replaced file is parsed again. Both parsed forms are read-only once made.
 */
final class ParsedFactorFiles<T> {
    private record Key(Path file, long size, FileTime modified) {
    }

    private final Map<Key, T> parsed = new ConcurrentHashMap<>();
    private final Function<Path, T> parser;

    ParsedFactorFiles(Function<Path, T> parser) {
        this.parser = parser;
    }

    /** The file parsed, once per process while it is unchanged; errors are the parser's own and nothing is kept. */
    T get(Path file) {
        Key key;
        try {
            Path real = file.toRealPath();
            BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class);
            if (!a.isRegularFile()) return parser.apply(file);
            key = new Key(real, a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            // Missing or unreadable: the parser says so in its own words.
            return parser.apply(file);
        }
        return parsed.computeIfAbsent(key, k -> parser.apply(file));
    }
}
