package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark runs from the command line, as the launcher runs it, and reports every stage; its synthetic run three
 * times the national size is the guard on memory at scale: it must finish within a heap cap the national pack and the
 * x3 set need with a margin ({@link Packs#BENCH_JVM}), so a change that makes memory grow with the size of the largest
 * document (holding a whole area document, or every document) fails the build. Nothing is asserted about the timings.
 * The run is the suite's one bench run, started in the background with the first pack; its national pack is also the
 * repeat pack the byte-identical tests compare with.
 */
// It waits for a child JVM: it runs beside the other tests.
@Execution(ExecutionMode.CONCURRENT)
@Order(1)
class BenchCommandTest {
    @Test
    void benchReportsEveryStageAndRunsTheX3SyntheticSetWithinTheHeapCap() throws Exception {
        Packs.BenchRun bench = Packs.benchRun();
        Packs.Run run = bench.run();
        Path dir = bench.dir();
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("whole national pack", "peak RSS", "LibreOffice comparison: skipped", "synthetic x3 time", "machine:")
                .doesNotContain("OutOfMemoryError");
        List<CSVRecord> rows = Packs.csv(dir.resolve("bench.csv"));
        assertThat(rows.stream().filter(r -> r.get("run").equals("national")).map(r -> r.get("stage")))
                .containsExactly("start-up", "read and compute", "tables", "site", "documents", "pdf", "xlsx", "publish", "total");
        assertThat(rows.stream().filter(r -> r.get("run").equals("synthetic x3")).map(r -> r.get("stage")))
                .containsExactly("read and compute", "tables", "site", "documents", "pdf", "xlsx", "publish", "total");
        int trusts = Expected.siteTrusts("2023-24"), areas = Expected.icbs() + Expected.regions() + 1;
        assertThat(documents(rows, "national")).isEqualTo(2 * (trusts + areas));
        assertThat(documents(rows, "synthetic x3")).as("every trust three times, the same areas three times larger")
                .isEqualTo(2 * (3 * trusts + areas));
        assertThat(run.out()).contains(Files.readString(dir.resolve("bench.txt")));
        assertThat(dir.resolve("pack/2023-24/figures.csv")).exists();
        assertThat(dir.resolve("synthetic-x3/2023-24/national")).isDirectoryContaining(p -> p.toString().endsWith(".pdf"));
    }

    private static int documents(List<CSVRecord> rows, String run) {
        return rows.stream().filter(r -> r.get("run").equals(run) && r.get("stage").equals("documents"))
                .mapToInt(r -> Integer.parseInt(r.get("documents"))).findFirst().orElseThrow();
    }
}
