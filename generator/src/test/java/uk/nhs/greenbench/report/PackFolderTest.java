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

    /** A pid no process has: the largest a pid can be on Linux, plus one. */
    private static final long DEAD = 4_194_305L;

    @Test
    void aHalfWrittenFolderAKilledRunLeftIsRemovedByTheNextRun() throws Exception {
        Path target = dir.resolve("2023-24");
        Path stale = Files.createDirectory(dir.resolve(".2023-24.writing-" + DEAD + "-123"));
        Files.writeString(stale.resolve("half.xlsx"), "x");
        PackFolder.write(target, f -> Files.writeString(f.resolve("a.csv"), "new"));
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void aPreviousPackAKilledRunMovedAsideIsPutBackWhenNothingTookItsPlace() throws Exception {
        Path aside = Files.createDirectory(dir.resolve(".2023-24.previous-" + DEAD + "-456"));
        Files.writeString(aside.resolve("a.csv"), "the good pack");
        PackFolder.removeStale(dir, "2023-24", dir.resolve("2023-24"));
        assertThat(dir.resolve("2023-24").resolve("a.csv")).hasContent("the good pack");
    }

    @Test
    void aFolderOfARunStillWorkingIsLeftAlone() throws Exception {
        Path busy = Files.createDirectory(dir.resolve(".2023-24.writing-" + ProcessHandle.current().pid() + "-789"));
        PackFolder.removeStale(dir, "2023-24", dir.resolve("2023-24"));
        assertThat(busy).exists();
    }
}
