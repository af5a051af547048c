package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.quality.QualityIssue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The layout's derived measures, site by site, on the real 2023/24 rows of Lancashire and South Cumbria NHS Foundation
 * Trust (RW5: 41 sites, 13 with a heat pump), each worked out here from the published cells: LED coverage of the floor area, floor area by Select answer, sites with a heat pump.
 */
class DerivedMeasuresTest {
    private static final Path SITES = TestProject.home().resolve("data/eric/2023-24/ERIC_Site.csv");
    private static List<CSVRecord> published;
    private static List<SiteRecord> read;
    private static EricFile file;

    @BeforeAll
    static void readOneTrust(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(SITES, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>(List.of(lines.get(0)));
        for (String l : lines.subList(1, lines.size())) if (l.startsWith("RW5,") || l.startsWith("\"RW5\",")) kept.add(l);
        Path f = dir.resolve("rw5-2023-24.csv");
        Files.write(f, kept, StandardCharsets.UTF_8);
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            published = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        MeasureCatalogue measures = MeasureCatalogue.load(TestProject.home().resolve("layouts/measures.json"));
        read = new ArrayList<>();
        file = new EricReader(LayoutCatalogue.load(TestProject.home().resolve("layouts"), measures)).read(f, layout -> read::add);
    }

    private static double number(String cell) {
        try {
            return NumberParser.parse(cell).orElse(Double.NaN);
        } catch (NumberParser.NotANumber e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachSitesDerivedMeasuresFollowFromItsPublishedCells() {
        assertThat(published).hasSizeGreaterThan(5);
        assertThat(read).hasSameSizeAs(published);
        int heatPumps = 0;
        for (int i = 0; i < published.size(); i++) {
            CSVRecord p = published.get(i);
            SiteRecord s = read.get(i);
            double gia = number(p.get("Gross internal floor area (m²)"));
            assertThat(s.measure("sites_n")).isEqualTo(1.0);
            assertThat(s.measure("led_lit_m2")).isCloseTo(gia * number(p.get("LED lighting coverage (%)")) / 100, within(1e-6));
            String plan = p.get("Heat decarbonisation plan (Select)");
            assertThat(s.measure("hdp_yes_m2")).isEqualTo(plan.equals("Yes") ? gia : 0.0);
            assertThat(s.measure("hdp_answered_m2")).isEqualTo(plan.equals("Yes") || plan.equals("No") ? gia : 0.0);
            String date = p.get("Fossil fuel heating replacement date (Select)");
            assertThat(s.measure("fossil_no_plan_m2")).isEqualTo(date.equals("No plan") ? gia : 0.0);
            assertThat(s.measure("fossil_heated_m2")).isEqualTo(date.equals("N/A") ? 0.0 : gia);
            boolean pump = number(p.get("Heat pumps installed on site (No.)")) >= 1;
            assertThat(s.measure("sites_with_heat_pump")).isEqualTo(pump ? 1.0 : 0.0);
            if (pump) heatPumps++;
        }
        assertThat(heatPumps).as("RW5 has heat pumps at some of its sites, not all").isBetween(1, published.size() - 1);
    }

    @Test
    void everySelectAnswerIsListedOnceWithHowManySitesGaveIt() {
        List<QualityIssue> answers = file.issues().stream().filter(q -> q.code().equals("select_answers")).toList();
        assertThat(answers).hasSize(2);
        long yes = published.stream().filter(p -> p.get("Heat decarbonisation plan (Select)").equals("Yes")).count();
        long no = published.stream().filter(p -> p.get("Heat decarbonisation plan (Select)").equals("No")).count();
        assertThat(answers).anySatisfy(q -> assertThat(q.message())
                .contains("\"Yes\" (" + yes + (yes == 1 ? " site)" : " sites)"))
                .contains("\"No\" (" + no + (no == 1 ? " site)" : " sites)")));
    }
}
