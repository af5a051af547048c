package uk.nhs.greenbench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackFolderTest {
    @TempDir
    Path dir;

    @Test
    void aCompletePackReplacesThePreviousOne() throws Exception {
        Path target = dir.resolve("2023-24");
        PackFolder.write(target, f -> Files.writeString(f.resolve("a.csv"), "old"));
        PackFolder.write(target, f -> Files.writeString(f.resolve("a.csv"), "new"));
        assertThat(target.resolve("a.csv")).hasContent("new");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void aFailureHalfWayLeavesThePreviousPackAndNoDebris() throws Exception {
        Path target = dir.resolve("2023-24");
        PackFolder.write(target, f -> Files.writeString(f.resolve("a.csv"), "good"));
        assertThatThrownBy(() -> PackFolder.write(target, f -> {
            Files.writeString(f.resolve("a.csv"), "half");
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(target.resolve("a.csv")).hasContent("good");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(target);
        }
    }
}
