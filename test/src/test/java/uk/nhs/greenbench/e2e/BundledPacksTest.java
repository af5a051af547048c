package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Runs {@code greenbench generate} on every bundled year and checks what it wrote. */
class BundledPacksTest {
    static final List<String> REQUIRED_COLUMNS = List.of("year", "level", "code", "name", "peer_group", "ics_code",
            "region_code", "indicator", "numerator", "denominator", "value", "unit", "polarity", "peer_n", "peer_median",
            "peer_q1", "peer_q3", "percentile", "saving_typical_units", "saving_typical_gbp", "saving_typical_tco2e",
            "saving_stretch_units", "saving_stretch_gbp", "saving_stretch_tco2e", "factor_year", "quality_flags");

    @ParameterizedTest
    @ValueSource(strings = {"2013-14", "2014-15", "2016-17", "2019-20", "2023-24"})
    void everyBundledYearWithSiteDataWritesTheNineFiles(String year) throws Exception {
        Path pack = Packs.pack(year);
        for (String f : List.of("figures.csv", "figures.json", "trends.csv", "trends.json", "data-quality.csv", "peers.csv", "capacity.csv",
                "carbon-paths.csv", "manifest.json")) {
            assertThat(pack.resolve(f)).isNotEmptyFile();
        }
        if (!year.equals("2023-24")) {
            // ERIC asks for maximum demand and available capacity from 2023/24: an earlier pack says so rather than guess.
            List<String> capacity = Files.readAllLines(pack.resolve("capacity.csv"), StandardCharsets.UTF_8);
            assertThat(capacity).hasSize(2);
            assertThat(capacity.get(1)).startsWith("national,ENG,England,").contains("publishes no maximum electrical demand");
        }
        String header = Files.readAllLines(pack.resolve("figures.csv"), StandardCharsets.UTF_8).get(0);
        assertThat(List.of(header.split(",")).subList(0, REQUIRED_COLUMNS.size())).isEqualTo(REQUIRED_COLUMNS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-14", "2014-15", "2016-17", "2019-20", "2023-24"})
    void everyTrustInTheSiteDataHasARowForEveryIndicatorAndNoTrustIsDropped(String year) throws Exception {
        List<CSVRecord> rows = Packs.figures(year);
        Set<String> trusts = rows.stream().filter(r -> r.get("level").equals("trust")).map(r -> r.get("code")).collect(Collectors.toCollection(TreeSet::new));
        int expected = Expected.siteTrusts(year);
        assertThat(trusts).hasSize(expected);
        // Every indicator has a row for every trust, except the one measured for ICBs (inhalers): a row for every ICB instead.
        long indicators = rows.stream().map(r -> r.get("indicator")).filter(i -> !i.equals("mdi-share")).distinct().count();
        assertThat(rows.stream().filter(r -> r.get("level").equals("trust")).count()).isEqualTo(expected * indicators);
        assertThat(rows.stream().filter(r -> r.get("indicator").equals("mdi-share"))).allSatisfy(r -> assertThat(r.get("level")).isNotEqualTo("trust"))
                .filteredOn(r -> r.get("level").equals("ics")).hasSize(Expected.icbs());
        assertThat(rows.stream().map(r -> r.get("level")).distinct()).containsExactlyInAnyOrder("trust", "ics", "region", "national");
    }

    @Test
    void numbersAreUnroundedWithADotAndNoThousandsSeparators() throws Exception {
        for (CSVRecord r : Packs.figures("2023-24")) {
            for (String col : List.of("numerator", "denominator", "value", "peer_median", "saving_typical_gbp")) {
                assertThat(r.get(col)).matches("|-?\\d+(\\.\\d+)?");
            }
        }
    }

    @Test
    void theNationalRowIsTheRatioOfSumsAndAddsSavingsWithTheirCosts() throws Exception {
        List<CSVRecord> rows = Packs.figures("2023-24");
        for (String indicator : List.of("energy-intensity", "water-intensity", "clinical-incineration-share")) {
            List<CSVRecord> trusts = rows.stream().filter(r -> r.get("level").equals("trust") && r.get("indicator").equals(indicator)
                    && !r.get("value").isEmpty()).toList();
            double num = trusts.stream().mapToDouble(r -> Double.parseDouble(r.get("numerator"))).sum();
            double den = trusts.stream().mapToDouble(r -> Double.parseDouble(r.get("denominator"))).sum();
            double gbp = trusts.stream().filter(r -> !r.get("saving_typical_gbp").isEmpty())
                    .mapToDouble(r -> Double.parseDouble(r.get("saving_typical_gbp"))).sum();
            CSVRecord nation = Packs.figure("2023-24", "national", "ENG", indicator);
            double scale = indicator.endsWith("share") ? 100 : 1;
            assertThat(Packs.num(nation, "value")).isCloseTo(num / den * scale, within(1e-9 * num / den * scale));
            assertThat(Packs.num(nation, "saving_typical_gbp")).isCloseTo(gbp, within(1e-6 * Math.max(1, gbp)));
            assertThat(Integer.parseInt(nation.get("members"))).isEqualTo(trusts.size());
        }
    }

    @Test
    void theSevenRegionsAndTheIcssAppearWithNames() throws Exception {
        List<CSVRecord> rows = Packs.figures("2023-24").stream().filter(r -> r.get("indicator").equals("energy-intensity")).toList();
        assertThat(rows.stream().filter(r -> r.get("level").equals("region")).map(r -> r.get("name")))
                .containsExactlyInAnyOrder("London", "South West", "South East", "Midlands", "East of England", "North West", "North East and Yorkshire");
        assertThat(rows.stream().filter(r -> r.get("level").equals("ics")).count()).isEqualTo(Expected.icbs());
        assertThat(rows.stream().filter(r -> r.get("level").equals("ics")).map(r -> r.get("name"))).allMatch(n -> n.startsWith("NHS "));
    }

    @Test
    void aYearWithOnlyTrustLevelDataWritesNoPackAndSaysWhy() throws Exception {
        // --years all writes every year with a figure and names the one it skipped, with the reason.
        assertThat(Packs.allYears().resolve("2024-25")).doesNotExist();
        assertThat(Packs.allYearsOutput()).contains("Wrote packs for 2013-14, 2014-15, 2016-17, 2019-20, 2023-24; skipped 2024-25 (Trust-level file only");
        // Asked for on its own, the year is refused with the same reason, and nothing is written.
        Path out = Files.createTempDirectory("greenbench-2024-25-");
        Packs.Run r = Packs.run("generate", "--year", "2024-25", "--out", out.toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("2024-25: no pack written: Trust-level file only");
        assertThat(out.resolve("2024-25")).doesNotExist();
    }

    @Test
    void figuresCsvHoldsOnlyFiguresAndTrendsCsvOneRowPerOrganisationIndicatorAndYear() throws Exception {
        Path pack = Packs.pack("2023-24");
        String header = Files.readAllLines(pack.resolve("figures.csv"), StandardCharsets.UTF_8).get(0);
        assertThat(header).doesNotContain("row_type", "baseline_year", "net_zero", "trend_note");
        List<CSVRecord> trends = Packs.csv(pack.resolve("trends.csv"));
        Set<String> keys = new TreeSet<>();
        for (CSVRecord r : trends) {
            assertThat(keys.add(r.get("level") + "|" + r.get("code") + "|" + r.get("indicator") + "|" + r.get("year")))
                    .as("one row per organisation, indicator and year: " + r).isTrue();
            assertThat(r.get("year")).isLessThanOrEqualTo("2023-24");
            // The latest value is the latest year with one (a trust gone by 2016/17 has an empty row for that year).
            if (!r.get("value").isEmpty()) assertThat(r.get("year")).isLessThanOrEqualTo(r.get("latest_year"));
        }
        Set<String> years = trends.stream().map(r -> r.get("year")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(years).as("every bundled year with site data up to 2023-24").containsExactly("2013-14", "2014-15", "2016-17", "2019-20", "2023-24");
        JsonNode json = new ObjectMapper().readTree(pack.resolve("trends.json").toFile());
        assertThat(json.get("trends").size()).isEqualTo(Packs.trends("2023-24").size());
        int yearsInJson = 0;
        for (JsonNode t : json.get("trends")) yearsInJson += t.get("years").size();
        assertThat(yearsInJson).isEqualTo(trends.size());
    }

    @Test
    void theJsonHasTheSameRowsAsTheCsv() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Packs.pack("2019-20").resolve("figures.json").toFile());
        List<CSVRecord> csv = Packs.figures("2019-20");
        assertThat(json.get("figures").size()).isEqualTo(csv.size());
        JsonNode first = json.get("figures").get(0);
        assertThat(first.get("code").asText()).isEqualTo(csv.get(0).get("code"));
        assertThat(first.get("value").asDouble()).isEqualTo(Double.parseDouble(csv.get(0).get("value")));
    }

    @Test
    void theManifestRecordsEveryInputWithItsChecksumAndTheFactorsUsed() throws Exception {
        JsonNode m = new ObjectMapper().readTree(Packs.pack("2023-24").resolve("manifest.json").toFile());
        assertThat(m.get("eric_inputs")).hasSize(2);
        assertThat(m.get("eric_inputs").get(0).get("sha256").asText()).hasSize(64);
        assertThat(m.get("eric_inputs").get(0).get("layout").asText()).isEqualTo("eric-site-2023-24");
        assertThat(m.get("factor_set").get("label").asText()).isEqualTo("DESNZ 2023");
        assertThat(m.get("version").asText()).isNotBlank();
    }

    @Test
    void theSameInputGivesTheSameBytesInEveryFileOfThePackWhateverTheTimeZoneAndLocale() throws Exception {
        // A second run in a fresh JVM, in another time zone and locale: nothing may depend on the machine's settings.
        Path first = Packs.pack("2023-24"), second = Packs.repeatPack();
        List<Path> files;
        try (var s = Files.walk(first)) {
            files = s.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
        }
        try (var s = Files.walk(second)) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(files.size());
        }
        assertThat(files).as("csv, json, manifest, a workbook and a report per organisation").hasSizeGreaterThan(500);
        for (Path f : files) {
            assertThat(Files.mismatch(first.resolve(f), second.resolve(f))).as(f.toString()).isEqualTo(-1L);
        }
    }
}
