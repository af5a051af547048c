package uk.nhs.greenbench.factor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsedFactorFilesTest {
    @TempDir
    Path dir;

    private final AtomicInteger parses = new AtomicInteger();
    private final ParsedFactorFiles<String> files = new ParsedFactorFiles<>(p -> {
        parses.incrementAndGet();
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(p.getFileName() + ": cannot be read", e);
        }
    });

    @Test
    void anUnchangedFileIsParsedOnceWhateverPathReachesIt() throws Exception {
        Path f = Files.writeString(dir.resolve("factors.csv"), "a,1");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), f);
        assertThat(files.get(f)).isEqualTo("a,1");
        assertThat(files.get(dir.resolve(".").resolve("factors.csv"))).isEqualTo("a,1");
        assertThat(files.get(link)).isEqualTo("a,1");
        assertThat(parses).hasValue(1);
    }

    @Test
    void aFileEditedInPlaceIsParsedAgain() throws Exception {
        Path f = Files.writeString(dir.resolve("factors.csv"), "a,1");
        files.get(f);
        Files.writeString(f, "a,2");
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2_000));
        assertThat(files.get(f)).isEqualTo("a,2");
        assertThat(parses).hasValue(2);
    }

    @Test
    void aMissingFileGetsTheParsersOwnErrorAndNothingIsKept() throws Exception {
        Path f = dir.resolve("absent.csv");
        assertThatThrownBy(() -> files.get(f)).hasMessage("absent.csv: cannot be read");
        Files.writeString(f, "a,3");
        assertThat(files.get(f)).isEqualTo("a,3");
    }
}
