package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A site file of more than a million rows (synthetic: every real 2019/20 site row repeated as new sites, grouped by trust as
 * ERIC is published) goes through the whole pipeline in a JVM whose heap is far smaller than the file, and
 * gives the same intensities as the real file. Holding the file or its rows in memory would fail this test.
 */
// The reading happens in a child JVM on one core: it runs beside the other tests.
@Execution(ExecutionMode.CONCURRENT)
@Order(2)
class MillionRowCsvTest {
    private static final String REAL = "data/eric/2019-20/ERIC_201920_SiteData_for_R.csv";
    private static final int ROWS = 1_000_000;
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    @Test
    void aMillionRowSiteFileRunsInBoundedMemoryAndGivesTheRealFilesIntensities() throws Exception {
        Path big = dir.resolve("synthetic-million-rows-2019-20.csv");
        int copies = writeRepeated(big);
        assertThat(Files.size(big)).as("file larger than the heap allowed").isGreaterThan(256L << 20);

        Path out = dir.resolve("out");
        // The tables only: reading is what is under test, and the documents of a normal pack are tested elsewhere.
        Packs.Run run = Packs.runInNewJvm(List.of(HEAP), "generate", "--eric", big.toString(), "--year", "2019-20",
                "--only", "tables", "--out", out.toString(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, CSVRecord> real = trustFigures(Packs.pack("2019-20").resolve("figures.csv"));
        Map<String, CSVRecord> repeated = trustFigures(out.resolve("2019-20/figures.csv"));
        assertThat(repeated.keySet()).isEqualTo(real.keySet());
        int compared = 0;
        for (Map.Entry<String, CSVRecord> e : real.entrySet()) {
            CSVRecord a = e.getValue(), b = repeated.get(e.getKey());
            if (a.get("value").isEmpty()) {
                assertThat(b.get("value")).as(e.getKey()).isEmpty();
                continue;
            }
            double value = Packs.num(a, "value");
            assertThat(Packs.num(b, "value")).as(e.getKey()).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
            assertThat(Packs.num(b, "denominator")).as(e.getKey() + " denominator")
                    .isCloseTo(copies * Packs.num(a, "denominator"), within(1e-6 * copies * Math.abs(Packs.num(a, "denominator"))));
            compared++;
        }
        assertThat(compared).isGreaterThan(1500);
        CSVRecord anyRow = repeated.values().stream().filter(r -> !r.get("source_rows").isEmpty()).findFirst().orElseThrow();
        assertThat(anyRow.get("source_rows")).as("a trust's contiguous rows are one range").matches("\\S+ rows? [0-9,-]+");

        // Reading has a stated time limit (600 s by default): lowered to 1 s, this file is refused, not read for ever.
        Packs.Run slow = Packs.runInNewJvm(List.of(HEAP, "-Dgreenbench.readSeconds=1"), "generate", "--eric", big.toString(), "--year", "2019-20",
                "--only", "tables", "--out", dir.resolve("out-slow").toString(), "--quiet");
        assertThat(slow.exitCode()).as(slow.out()).isEqualTo(3);
        assertThat(slow.out()).contains("took more than 1 second (");
    }

    /** Writes every real row {@code copies} times, trust by trust, keeping only the columns a layout reads. */
    private static int writeRepeated(Path target) throws IOException {
        Path home = Packs.home();
        List<CSVRecord> rows = Packs.csv(home.resolve(REAL));
        List<String> columns = layoutColumns(home.resolve("layouts/eric-site-2019-20.json"));
        Map<String, List<CSVRecord>> byTrust = new LinkedHashMap<>();
        for (CSVRecord r : rows) byTrust.computeIfAbsent(r.get("Trust Code"), k -> new ArrayList<>()).add(r);
        int copies = (ROWS + rows.size() - 1) / rows.size();
        // Each row is formatted once, split around its site code; the copies are then written as text (fast).
        int site = columns.indexOf("Site Code");
        if (site <= 0 || site >= columns.size() - 1) throw new IllegalStateException("Site Code is expected between other columns: " + columns);
        try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8), 1 << 20)) {
            w.write(CSVFormat.DEFAULT.format(columns.toArray()) + "\r\n");
            for (List<CSVRecord> trust : byTrust.values()) {
                List<String[]> formatted = new ArrayList<>();
                for (CSVRecord r : trust) {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (String col : columns) cells.add(r.get(col));
                    String before = CSVFormat.DEFAULT.format(cells.subList(0, site).toArray());
                    String after = CSVFormat.DEFAULT.format(cells.subList(site + 1, cells.size()).toArray());
                    formatted.add(new String[]{before + ",", r.get("Site Code"), "," + after});
                }
                for (int c = 0; c < copies; c++) {
                    for (String[] f : formatted) {
                        // Each copy is a site of its own: a site repeated within its trust is not added twice.
                        w.write(f[0]);
                        w.write(CSVFormat.DEFAULT.format(c > 0 ? f[1] + "-COPY" + c : f[1]));
                        w.write(f[2]);
                        w.write("\r\n");
                    }
                }
            }
        }
        return copies;
    }

    private static List<String> layoutColumns(Path layout) throws IOException {
        JsonNode json = new ObjectMapper().readTree(layout.toFile());
        Set<String> columns = new LinkedHashSet<>();
        json.get("identity").forEach(h -> columns.add(h.asText()));
        json.get("measures").forEach(hs -> hs.forEach(h -> columns.add(h.asText())));
        return new ArrayList<>(columns);
    }

    private static Map<String, CSVRecord> trustFigures(Path figures) throws IOException {
        Map<String, CSVRecord> out = new LinkedHashMap<>();
        for (CSVRecord r : Packs.csv(figures)) {
            if (r.get("level").equals("trust")) out.put(r.get("code") + " " + r.get("indicator"), r);
        }
        return out;
    }
}
