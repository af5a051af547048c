package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.e2e.Packs.num;

/**
 * Comparators of the user's choosing: a peers file of named groups, and each trust's nearest trusts of its type. The
 * benchmark is worked again from figures.csv's own values, and every output names the comparison.
 */
class PeersTest {
    private static final String YEAR = "2023-24";
    private static final List<String> SOLENT = List.of("R1C", "R1F", "RHM", "RHU", "RN5", "RYR");

    @TempDir
    Path dir;

    private Path generate(String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--home", Packs.oneYearHome(YEAR).toString(), "--year", YEAR, "--out", dir.resolve("out").toString(), "-q"));
        args.addAll(Arrays.asList(options));
        Packs.Run r = Packs.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return dir.resolve("out").resolve(YEAR);
    }

    private static List<CSVRecord> trustFigures(Path pack, String indicator) throws Exception {
        return Packs.csv(pack.resolve("figures.csv")).stream().filter(r -> r.get("level").equals("trust")
                && r.get("indicator").equals(indicator)).toList();
    }

    /** Excel's PERCENTILE.INC at 0.5. */
    private static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Test
    void aPeersFileGroupIsTheBenchmarkForItsTrustsAndIsNamedEverywhere() throws Exception {
        Path file = dir.resolve("solent-peers.csv");
        Files.writeString(file, "group,org_code\n" + SOLENT.stream().map(c -> "Solent acute and community," + c).collect(Collectors.joining("\n")) + "\n");
        // R1F's documents only (the figures are every trust's): they are the ones read below.
        Path pack = generate("--peers", file.toString(), "--for", "R1F");
        List<CSVRecord> rows = trustFigures(pack, "energy-intensity");
        List<Double> groupValues = rows.stream().filter(r -> SOLENT.contains(r.get("code")) && !r.get("value").isEmpty())
                .map(r -> num(r, "value")).toList();
        CSVRecord r1f = rows.stream().filter(r -> r.get("code").equals("R1F")).findFirst().orElseThrow();
        assertThat(r1f.get("comparator")).isEqualTo("Solent acute and community (solent-peers.csv)");
        assertThat(Integer.parseInt(r1f.get("peer_n"))).isEqualTo(groupValues.size());
        assertThat(num(r1f, "peer_median")).isCloseTo(median(groupValues), within(1e-9));
        // A trust not in the file keeps its type.
        CSVRecord other = rows.stream().filter(r -> r.get("code").equals("RGT")).findFirst().orElseThrow();
        assertThat(other.get("comparator")).isEqualTo(other.get("peer_group") + " trusts");

        assertThat(Packs.csv(pack.resolve("peers.csv")).stream().filter(p -> p.get("trust_code").equals("R1F")).map(p -> p.get("peer_code")))
                .containsExactlyElementsOf(SOLENT);
        JsonNode manifest = new ObjectMapper().readTree(pack.resolve("manifest.json").toFile());
        assertThat(manifest.get("peers").get("method").asText()).isEqualTo("groups in solent-peers.csv");
        assertThat(manifest.get("peers").get("file").get("sha256").asText()).hasSize(64);

        Path workbook;
        try (var s = Files.list(pack.resolve("trusts"))) {
            workbook = s.filter(p -> p.getFileName().toString().startsWith("R1F-") && p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (var wb = Workbooks.open(workbook)) {
            boolean named = false;
            for (var row : wb.getSheet("Summary")) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("Compared with")) {
                    assertThat(row.getCell(1).getStringCellValue()).startsWith("Solent acute and community (solent-peers.csv) (groups in solent-peers.csv");
                    named = true;
                }
            }
            assertThat(named).isTrue();
            assertThat(wb.getSheet("Methodology").getRow(2).getCell(1).getStringCellValue())
                    .startsWith("Each trust listed in solent-peers.csv is compared with the other trusts of its group");
        }
        String report = PdfReportsTest.text(workbook.resolveSibling(workbook.getFileName().toString().replace(".xlsx", ".pdf")));
        assertThat(report).contains("compared with Solent acute and community (solent-peers.csv)")
                .contains("is compared with 5 other trusts (Solent acute and community (solent-peers.csv))");
    }

    @Test
    void nearestPeersAreKTrustsOfTheSameTypeAndTheBenchmarkIsTheirs() throws Exception {
        Path pack = generate("--nearest", "6", "--only", "tables");
        List<CSVRecord> peers = Packs.csv(pack.resolve("peers.csv"));
        List<CSVRecord> rows = trustFigures(pack, "energy-intensity");
        CSVRecord rgt = rows.stream().filter(r -> r.get("code").equals("RGT")).findFirst().orElseThrow();
        assertThat(rgt.get("comparator")).isEqualTo("RGT and its 6 nearest Acute - Teaching trusts");
        Set<String> members = peers.stream().filter(p -> p.get("trust_code").equals("RGT")).map(p -> p.get("peer_code")).collect(Collectors.toSet());
        assertThat(members).hasSize(7).contains("RGT");
        assertThat(rows.stream().filter(r -> members.contains(r.get("code")))).allSatisfy(r -> assertThat(r.get("peer_group")).isEqualTo("Acute - Teaching"));
        List<Double> values = rows.stream().filter(r -> members.contains(r.get("code")) && !r.get("value").isEmpty()).map(r -> num(r, "value")).toList();
        assertThat(num(rgt, "peer_median")).isCloseTo(median(values), within(1e-9));
        assertThat(new ObjectMapper().readTree(pack.resolve("manifest.json").toFile()).get("peers").get("method").asText())
                .isEqualTo("6 nearest of the same type");
    }

    @Test
    void peersAndNearestTogetherAreACommandLineError() {
        Packs.Run r = Packs.run("generate", "--peers", "x.csv", "--nearest", "5", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("choose one of --peers FILE and --nearest K");
    }

    @Test
    void theDefaultComparatorIsTheTrustTypeAndEveryTrustIsInPeersCsv() throws Exception {
        List<CSVRecord> rows = Packs.figures(YEAR).stream().filter(r -> r.get("level").equals("trust") && r.get("indicator").equals("energy-intensity")).toList();
        assertThat(rows).allSatisfy(r -> assertThat(r.get("comparator")).isIn(r.get("peer_group") + " trusts", "All trusts (national)", ""));
        Set<String> listed = Packs.csv(Packs.pack(YEAR).resolve("peers.csv")).stream().map(p -> p.get("trust_code")).collect(Collectors.toSet());
        assertThat(listed).containsAll(rows.stream().map(r -> r.get("code")).toList());
    }
}
