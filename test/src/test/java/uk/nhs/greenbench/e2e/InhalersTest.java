package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.e2e.Packs.num;

/**
 * The MDI share of inhalers, an indicator measured for ICBs, from a synthetic OpenPrescribing-style download
 * (test/fixtures/synthetic-openprescribing-environmental-inhalers-2023-24.csv: made-up monthly items for eight ICBs,
 * one given as two sub-ICB locations, one with nine months). Worked by hand from the file's rows.
 */
class InhalersTest {
    private static final String YEAR = "2023-24";
    private static final Path FIXTURE = Packs.syntheticPrescribing();
    private static Path pack;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws Exception {
        // Made with the synthetic returns too (Packs.suppliedPack): they feed trusts' indicators, not this one.
        pack = Packs.suppliedPack();
    }

    private static CSVRecord row(String level, String code) throws Exception {
        return Packs.csv(pack.resolve("figures.csv")).stream().filter(r -> r.get("indicator").equals("mdi-share")
                && r.get("level").equals(level) && r.get("code").equals(code)).findFirst().orElseThrow();
    }

    /** numerator and denominator summed over the fixture's rows for some organisation codes. */
    private static double[] sums(List<String> codes) throws Exception {
        double num = 0, den = 0;
        for (CSVRecord r : Packs.csv(FIXTURE)) {
            if (!codes.contains(r.get("org_id"))) continue;
            num += Double.parseDouble(r.get("numerator"));
            den += Double.parseDouble(r.get("denominator"));
        }
        return new double[]{num, den};
    }

    @Test
    void anIcbsShareIsItsMdiItemsOverAllInhalerItemsForTheFinancialYear() throws Exception {
        double[] qrl = sums(List.of("QRL"));
        CSVRecord r = row("ics", "QRL");
        assertThat(num(r, "numerator")).isEqualTo(qrl[0]);
        assertThat(num(r, "denominator")).isEqualTo(qrl[1]);
        assertThat(num(r, "value")).isCloseTo(qrl[0] / qrl[1] * 100, within(1e-9));
        assertThat(r.get("comparator")).isEqualTo("All ICBs");
        assertThat(r.get("peer_n")).isEqualTo("8");
    }

    @Test
    void subIcbLocationsAreRolledUpToTheirIcbAndAPartialYearIsFlagged() throws Exception {
        double[] qwe = sums(List.of("G7G6U", "I1L7N"));
        assertThat(num(row("ics", "QWE"), "value")).isCloseTo(qwe[0] / qwe[1] * 100, within(1e-9));
        assertThat(row("ics", "QNQ").get("quality_flags")).contains("partial_year(9 of 12 months)");
        assertThat(row("ics", "QYG").get("quality_flags")).contains("not_supplied");
    }

    @Test
    void theSavingIsTheMixSwitchPricedInKgCo2ePerInhaler() throws Exception {
        CSVRecord r = row("ics", "QKS");
        double moved = (num(r, "value") - num(r, "peer_median")) / 100 * num(r, "denominator");
        assertThat(num(r, "saving_typical_units")).isCloseTo(moved, within(1e-6));
        // Janson et al. (Thorax 2020): 20 kgCO2e an MDI, 1 a dry powder inhaler.
        assertThat(num(r, "saving_typical_tco2e")).isCloseTo(moved * (20 - 1) / 1000, within(1e-9));
        assertThat(r.get("saving_typical_gbp")).as("no price data").isEmpty();
    }

    @Test
    void regionsAndEnglandAreRatiosOfTheirIcbsSumsWithPositiveSavingsAdded() throws Exception {
        CSVRecord y59 = row("region", "Y59");
        double[] se = sums(List.of("QRL", "QKS", "QU9", "QNQ"));
        assertThat(num(y59, "value")).isCloseTo(se[0] / se[1] * 100, within(1e-9));
        double saved = 0;
        for (String icb : List.of("QRL", "QKS", "QU9", "QNQ")) saved += Math.max(0, num(row("ics", icb), "saving_typical_tco2e"));
        assertThat(num(y59, "saving_typical_tco2e")).isCloseTo(saved, within(1e-9));
        assertThat(new ObjectMapper().readTree(pack.resolve("manifest.json").toFile()).get("prescribing_inputs").get(0).get("path").asText())
                .endsWith("synthetic-openprescribing-environmental-inhalers-2023-24.csv");
    }

    @Test
    void theIcbReportShowsTheIndicatorAndTrustReportsDoNot() throws Exception {
        Path ics;
        try (var s = Files.list(pack.resolve("ics"))) {
            ics = s.filter(p -> p.getFileName().toString().startsWith("QRL-") && p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(PdfReportsTest.text(ics)).contains("MDI share of inhalers (excluding salbutamol) (%)")
                .contains("across the ICB as a whole (measured for ICBs, compared with all ICBs)");
        Path trust;
        try (var s = Files.list(pack.resolve("trusts"))) {
            trust = s.filter(p -> p.getFileName().toString().startsWith("R1F-") && p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(PdfReportsTest.text(trust)).doesNotContain("MDI share");
    }

    @Test
    void withoutADownloadTheIndicatorSaysNoDataSupplied() throws Exception {
        CSVRecord r = Packs.figures(YEAR).stream().filter(x -> x.get("indicator").equals("mdi-share") && x.get("code").equals("QRL")).findFirst().orElseThrow();
        assertThat(r.get("value")).isEmpty();
        assertThat(r.get("quality_flags")).contains("not_supplied");
        assertThat(Packs.csv(Packs.pack(YEAR).resolve("data-quality.csv"))).anySatisfy(f ->
                assertThat(f.get("message")).startsWith("No data supplied: mdi-share needs OpenPrescribing's environmental_inhalers download"));
    }

    @Test
    void aBrokenDownloadNamesItsRowsAndColumns() throws Exception {
        Path f = dir.resolve("synthetic-bad-inhalers.csv");
        Files.writeString(f, "org_id,date,numerator,denominator\nQRL,2023-04-01,120,100\nZZZ,2023-05-01,1,2\nQRL,April,1,2\n", StandardCharsets.UTF_8);
        Packs.Run r = Packs.run("generate", "--home", Packs.oneYearHome(YEAR).toString(), "--year", YEAR, "--prescribing", f.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("3 problems in the prescribing file synthetic-bad-inhalers.csv")
                .contains("row 2, column \"numerator\": the MDI items (120) exceed all inhaler items (100)")
                .contains("row 3, column \"org_id\": \"ZZZ\" is not an ICB or sub-ICB location")
                .contains("row 4, column \"date\": expected a month such as 2023-04-01");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
