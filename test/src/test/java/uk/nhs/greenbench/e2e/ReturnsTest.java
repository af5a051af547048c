package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.nhs.greenbench.e2e.Packs.num;

/**
 * Figures not in ERIC, from a returns file: the synthetic file test/fixtures/synthetic-returns-2023-24.csv (made-up
 * figures for the seven Acute - Multi-Service trusts) read into the 2023-24 pack. The Isle of Wight NHS Trust's
 * (R1F) indicators are worked by hand from its rows and the factors in the pack's manifest.
 */
class ReturnsTest {
    private static final String YEAR = "2023-24";

    @TempDir
    Path dir;

    private static CSVRecord figure(String code, String indicator) throws Exception {
        return Packs.csv(Packs.suppliedPack().resolve("figures.csv")).stream().filter(r -> r.get("level").equals("trust") && r.get("code").equals(code) && r.get("indicator").equals(indicator))
                .findFirst().orElseThrow();
    }

    private static Map<String, Double> factors() throws Exception {
        JsonNode m = new ObjectMapper().readTree(Packs.suppliedPack().resolve("manifest.json").toFile());
        Map<String, Double> out = new HashMap<>();
        m.get("factor_set").get("factors").forEach(f -> out.put(f.get("id").asText(), f.get("value").asDouble()));
        return out;
    }

    @Test
    void anaestheticGasCarbonPerOperationIsEachAgentTimesItsFactorOverOperations() throws Exception {
        Map<String, Double> f = factors();
        // R1F's rows: desflurane 960 ml, isoflurane 2 L, sevoflurane 30 L (liquid); nitrous oxide 50 m³, Entonox 20,000 L (gas).
        double kg = 0.960 * f.get("anaesthetic_desflurane") + 2 * f.get("anaesthetic_isoflurane") + 30 * f.get("anaesthetic_sevoflurane")
                + 50_000 * f.get("anaesthetic_nitrous_oxide") + 20_000 * f.get("anaesthetic_entonox");
        // The SDU's desflurane row: 3.7211 tCO2e a litre of liquid, i.e. 1.465 kg at GWP100 2,540.
        assertThat(f.get("anaesthetic_desflurane")).isCloseTo(3721.1, within(1e-6));
        CSVRecord r = figure("R1F", "anaesthetic-gas-carbon-per-operation");
        assertThat(num(r, "numerator")).isCloseTo(kg, within(1e-6));
        assertThat(num(r, "denominator")).isEqualTo(12_000);
        assertThat(num(r, "value")).isCloseTo(kg / 12_000, within(1e-9));
        assertThat(r.get("source_rows")).isEqualTo("synthetic-returns-2023-24.csv rows 2-7");
        assertThat(r.get("quality_flags")).contains("factor_fallback(anaesthetic_desflurane: SDU 2020-21)");
        // Priced at the trust's own cost per kgCO2e of gas bought (£85,000 for the carbon above).
        assertThat(num(r, "unit_cost_gbp")).isCloseTo(85_000 / kg, within(1e-9));
        assertThat(num(r, "saving_typical_gbp")).isCloseTo(num(r, "saving_typical_units") * 85_000 / kg, within(1e-6));
    }

    @Test
    void desfluraneShareIsItsCarbonOverTheVolatileAgentsCarbon() throws Exception {
        Map<String, Double> f = factors();
        double des = 0.960 * f.get("anaesthetic_desflurane");
        double volatile_ = des + 2 * f.get("anaesthetic_isoflurane") + 30 * f.get("anaesthetic_sevoflurane");
        CSVRecord r = figure("R1F", "desflurane-share");
        assertThat(num(r, "value")).isCloseTo(des / volatile_ * 100, within(1e-9));
        assertThat(r.get("saving_typical_gbp")).as("not priced: the saving depends on the replacing agent").isEmpty();
    }

    @Test
    void milesAndFleetSharesComeFromTheTrustsReturns() throws Exception {
        double miles = 900_000 + 400_000;
        assertThat(num(figure("R1F", "travel-miles-per-wte"), "value")).isCloseTo(miles / 3_000, within(1e-9));
        // 350 £m: the per-£m indicator divides by operating expenditure in £ and scales by a million.
        assertThat(num(figure("R1F", "travel-miles-per-gbpm"), "value")).isCloseTo(miles / 350, within(1e-9));
        assertThat(num(figure("R1F", "fleet-lev-share"), "value")).isCloseTo(50.0, within(1e-12));
        assertThat(num(figure("R1F", "fleet-ulev-share"), "value")).isCloseTo(15.0, within(1e-12));
        // Miles are priced at DESNZ 2023's average car (unknown fuel) per mile, with its well-to-tank part.
        assertThat(num(figure("R1F", "travel-miles-per-wte"), "unit_carbon_kgco2e")).isCloseTo(0.268167500671141 + 0.07027, within(1e-9));
    }

    @Test
    void theManifestListsTheReturnsFileWithItsChecksum() throws Exception {
        JsonNode m = new ObjectMapper().readTree(Packs.suppliedPack().resolve("manifest.json").toFile());
        JsonNode file = m.get("returns_inputs").get(0);
        assertThat(file.get("path").asText()).isEqualTo("test/fixtures/synthetic-returns-2023-24.csv");
        assertThat(file.get("sha256").asText()).hasSize(64);
        assertThat(m.get("eric_inputs").toString()).doesNotContain("returns");
    }

    @Test
    void withoutReturnsTheIndicatorsSayNoDataSupplied() throws Exception {
        CSVRecord r = Packs.figure(YEAR, "trust", "R1F", "anaesthetic-gas-carbon-per-operation");
        assertThat(r.get("value")).isEmpty();
        assertThat(r.get("quality_flags")).contains("not_supplied");
        List<CSVRecord> findings = Packs.csv(Packs.pack(YEAR).resolve("data-quality.csv"));
        assertThat(findings).anySatisfy(f -> assertThat(f.get("message")).startsWith("No data supplied: anaesthetic-gas-carbon-per-operation")
                .contains("--returns"));
        String trust = PdfReportsTest.text(PdfReportsTest.report("trusts", "R1F"));
        assertThat(trust).contains("No data supplied for anaesthetic gas carbon per operation")
                .doesNotContain("Anaesthetic gas carbon per operation n/a");
        try (var wb = Workbooks.open(Workbooks.trust(YEAR, "R1F"))) {
            var summary = wb.getSheet("Summary");
            boolean found = false;
            for (var row : summary) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("Anaesthetic gas carbon per operation")) {
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("no data supplied");
                    found = true;
                }
            }
            assertThat(found).isTrue();
            // No empty Anaesthetics sheet: the Summary row says how to add the data.
            assertThat(wb.getSheet("Anaesthetics")).isNull();
        }
    }

    @Test
    void theWorkbookAndTheReportsShowTheNewThemesWhenDataIsSupplied() throws Exception {
        Path pack = Packs.suppliedPack();
        Path workbook;
        try (var s = Files.list(pack.resolve("trusts"))) {
            workbook = s.filter(p -> p.getFileName().toString().startsWith("R1F-") && p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        try (var wb = Workbooks.open(workbook)) {
            for (String theme : List.of("Anaesthetics", "Travel")) {
                assertThat(wb.getSheet(theme)).as(theme).isNotNull();
                assertThat(wb.getSheet(theme).getDrawingPatriarch().getCharts()).as(theme + " charts").isNotEmpty();
            }
        }
        String trust = PdfReportsTest.text(workbook.resolveSibling(workbook.getFileName().toString().replace(".xlsx", ".pdf")));
        assertThat(trust).contains("Anaesthetic gas carbon per operation 3.71").contains("Low-emission share of the fleet 50.0");
        Path ics;
        try (var s = Files.list(pack.resolve("ics"))) {
            ics = s.filter(p -> p.getFileName().toString().startsWith("QRL-") && p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(PdfReportsTest.text(ics)).contains("Anaesthetics").contains("Travel")
                .contains("R1F Isle of Wight 3.71").contains("not supplied");
    }

    @Test
    void returnsForAnOrganisationThatIsNotATrustAreReportedNotUsed() throws Exception {
        Path f = dir.resolve("returns-with-an-icb.csv");
        Files.writeString(f, "year,org_code,measure,value,unit\n2023-24,QRL,staff_wte,100,WTE\n", StandardCharsets.UTF_8);
        Packs.Run r = Packs.run("generate", "--home", Packs.oneYearHome(YEAR).toString(), "--year", YEAR, "--returns", f.toString(), "--only", "tables", "--out", dir.resolve("out").toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Packs.csv(dir.resolve("out").resolve(YEAR).resolve("data-quality.csv"))).anySatisfy(x -> {
            assertThat(x.get("issue")).isEqualTo("returns_not_a_trust");
            assertThat(x.get("message")).contains("QRL");
        });
    }

    @Test
    void aReturnsValueTooLargeForAnyFigureIsRefusedNotLeftBlank() throws Exception {
        Path f = dir.resolve("returns-overflowing.csv");
        Files.writeString(f, "year,org_code,measure,value,unit\n2023-24,RJ1,staff_wte,1e308,WTE\n2023-24,RJ1,operations,4 2,operations\n",
                StandardCharsets.UTF_8);
        Packs.Run r = Packs.run("generate", "--home", Packs.oneYearHome(YEAR).toString(), "--year", YEAR, "--returns", f.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("returns-overflowing.csv, row 2").contains("out of range").contains("row 3").contains("groups of three");
        assertThat(dir.resolve("out").resolve(YEAR)).doesNotExist();
    }
}
