package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A HEFS workbook of a year greenbench does not bundle is read with no new layout file when its headers are ones known
 * layouts use: made here from the bundled 2016/17 workbook with three headers in 2013/14's wording (as the 2015/16
 * workbook mixes the two) and the water volume column removed.
 */
class UnbundledYearTest {
    private static final Map<String, String> RENAMED = Map.of(
            "Gross internal floor area (m²)", "Gross internal site floor area (m²)",
            "Electricity consumed (kWh)", "Electricity consumed - utility (kWh)",
            "Gas consumed (kWh)", "Gas consumed - utility (kWh)");
    private static final String REMOVED = "Water volume (including borehole) (m³)";
    private static Path out;
    private static Packs.Run run;

    @BeforeAll
    static void readAWorkbookOfAnotherYear() throws Exception {
        Path dir = Files.createTempDirectory("greenbench-unbundled-");
        Path file = dir.resolve("HEFS-2015-16-like.xls");
        try (Workbook wb = WorkbookFactory.create(Packs.home().resolve("data/eric/2016-17/HospitalEstatesAndFacilitiesStatistics_13944.XLS").toFile(), null, true)) {
            Sheet sites = wb.getSheet("Site Data");
            Row headers = sites.getRow(1);
            int removed = -1;
            for (Cell c : headers) {
                String h = c.getStringCellValue().trim();
                if (RENAMED.containsKey(h)) c.setCellValue(RENAMED.get(h));
                if (h.equals(REMOVED)) removed = c.getColumnIndex();
            }
            assertThat(removed).isPositive();
            sites.shiftColumns(removed + 1, headers.getLastCellNum(), -1);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        out = dir.resolve("out");
        run = Packs.run("generate", "--eric", file.toString(), "--year", "2015-16", "--only", "tables", "--out", out.toString(), "-q");
    }

    @Test
    void theFileIsReadWithTheWordingOfTheKnownLayouts() throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        String manifest = Files.readString(out.resolve("2015-16/manifest.json"));
        // The 2016/17 wording first (the closest layout), then 2014/15's for the renamed headers; parking spaces in the only
        // wording a layout maps them with (2023/24's).
        assertThat(manifest).contains("\"layout\" : \"composed:eric-site-2023-24+eric-site-hefs-2014-15+eric-site-hefs-2016-17\"");
    }

    @Test
    void energyFiguresEqualThoseOfTheSameFileAsPublished() throws Exception {
        Map<String, CSVRecord> published = new HashMap<>();
        for (CSVRecord r : Packs.figures("2016-17")) {
            if (r.get("level").equals("trust") && r.get("indicator").equals("energy-intensity")) published.put(r.get("code"), r);
        }
        List<CSVRecord> read = Packs.csv(out.resolve("2015-16/figures.csv")).stream()
                .filter(r -> r.get("level").equals("trust") && r.get("indicator").equals("energy-intensity")).toList();
        assertThat(read).hasSize(published.size());
        for (CSVRecord r : read) {
            CSVRecord p = published.get(r.get("code"));
            assertThat(r.get("numerator")).as(r.get("code")).isEqualTo(p.get("numerator"));
            assertThat(r.get("denominator")).as(r.get("code")).isEqualTo(p.get("denominator"));
            if (!p.get("value").isEmpty()) assertThat(Double.parseDouble(r.get("value"))).isCloseTo(Double.parseDouble(p.get("value")), within(1e-9));
        }
    }

    @Test
    void indicatorsNeedingTheRemovedColumnAreNotComputedAndSaySo() throws Exception {
        List<CSVRecord> rows = Packs.csv(out.resolve("2015-16/figures.csv"));
        for (String indicator : List.of("water-intensity", "estates-carbon-intensity")) {
            List<CSVRecord> trusts = rows.stream().filter(r -> r.get("level").equals("trust") && r.get("indicator").equals(indicator)).toList();
            assertThat(trusts).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get("value")).isEmpty();
                assertThat(r.get("quality_flags")).contains("not_in_source");
            });
        }
        // The water cost is still published, so its indicator is computed.
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("indicator")).isEqualTo("water-cost-intensity");
            assertThat(r.get("value")).isNotEmpty();
        });
        assertThat(Packs.csv(out.resolve("2015-16/data-quality.csv"))).anySatisfy(q -> {
            assertThat(q.get("issue")).isEqualTo("not_in_source");
            assertThat(q.get("indicator")).isEqualTo("water-intensity");
            assertThat(q.get("message")).contains("\"" + REMOVED + "\"").contains("not available for 2015-16");
        });
    }
}
