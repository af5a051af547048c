package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark runs from the command line and reports every stage; it asserts nothing about the timings. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchReportsEveryStageAndTheTargetsAsTableAndCsv() throws Exception {
        Packs.Run run = Packs.run("bench", "--libreoffice", "0", "--out", dir.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("whole national pack", "peak RSS", "LibreOffice comparison: skipped", "machine:");
        List<CSVRecord> rows = Packs.csv(dir.resolve("bench.csv"));
        assertThat(rows).extracting(r -> r.get("stage"))
                .containsExactly("start-up", "ingest", "compute", "tables", "site", "documents", "pdf", "xlsx", "publish", "total");
        CSVRecord docs = rows.stream().filter(r -> r.get("stage").equals("documents")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(docs.get("documents"))).isEqualTo(2 * (Expected.siteTrusts("2023-24") + Expected.icbs() + Expected.regions() + 1));
        assertThat(Files.readString(dir.resolve("bench.txt"))).isEqualTo(run.out());
        assertThat(dir.resolve("pack/2023-24/figures.csv")).exists();
    }
}
