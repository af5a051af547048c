package uk.nhs.greenbench.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EricReaderTest {
    static EricReader reader;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLayouts() {
        MeasureCatalogue measures = MeasureCatalogue.load(TestProject.home().resolve("layouts/measures.json"));
        reader = new EricReader(LayoutCatalogue.load(TestProject.home().resolve("layouts"), measures));
    }

    /** What a file gave: the findings about it and the rows passed on while reading. */
    private record Read(EricFile file, List<SiteRecord> records) {
        EricLayout layout() {
            return file.layout();
        }

        List<uk.nhs.greenbench.quality.QualityIssue> issues() {
            return file.issues();
        }
    }

    private static Read read(Path f) {
        List<SiteRecord> records = new ArrayList<>();
        EricFile file = reader.read(f, layout -> records::add);
        return new Read(file, records);
    }

    private Path site2019(String... rows) throws Exception {
        String header = Files.readAllLines(TestProject.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv")).get(0);
        Path f = dir.resolve("sites.csv");
        Files.writeString(f, header + "\n" + String.join("\n", rows) + "\n");
        return f;
    }

    private static String row(String trust, String site, String gia, String elec) {
        int columns = 165;
        String[] cells = new String[columns];
        java.util.Arrays.fill(cells, "Not Applicable");
        cells[0] = trust;
        cells[1] = "TEST TRUST";
        cells[2] = "LONDON COMMISSIONING REGION";
        cells[3] = "ACUTE - SMALL";
        cells[4] = site;
        cells[5] = "SITE " + site;
        cells[6] = "1. General acute hospital";
        cells[25] = gia;
        cells[88] = elec;
        return String.join(",", cells);
    }

    @Test
    void recognisesTheLayoutByItsHeadersAndMapsMeasures() throws Exception {
        Read d = read(site2019(row("RXX", "RXX01", "\"1,000\"", "\"250,000\"")));
        assertThat(d.layout().id()).isEqualTo("eric-site-2019-20");
        SiteRecord r = d.records().get(0);
        assertThat(r.measure("gia_m2")).isEqualTo(1000.0);
        assertThat(r.measure("elec_grid_kwh")).isEqualTo(250000.0);
        assertThat(r.measure("gas_kwh")).as("Not Applicable is missing, not zero").isNull();
        assertThat(r.sourceRow()).isEqualTo("sites.csv, row 2");
    }

    @Test
    void skipsSubtotalAndBlankRowsButKeepsAggregateSites() throws Exception {
        Read d = read(site2019(row("RXX", "RXX01", "10", "1"), row("RXX Result", "", "10", "1"),
                "", row("RXX", "AGGRE", "5", "2"), row("Grand Total", "", "15", "3")));
        assertThat(d.records()).extracting(SiteRecord::siteCode).containsExactly("RXX01", "AGGRE");
    }

    @Test
    void aCellThatIsNotANumberNamesFileRowAndColumn() throws Exception {
        Path f = site2019(row("RXX", "RXX01", "10", "1"), row("RXX", "RXX02", "10", "#REF!"));
        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("sites.csv, row 3, column \"Electricity consumed (kWh)\"")
                .hasMessageContaining("#REF!");
    }

    @Test
    void anUnknownLayoutListsTheMeasuresNotFoundAndTheHeadersSeen() throws Exception {
        Path f = dir.resolve("odd.csv");
        Files.writeString(f, "Trust Code,Trust Name,Floor space\nRXX,A,1\n");
        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown ERIC layout")
                .hasMessageContaining("gia_m2")
                .hasMessageContaining("| Floor space");
    }

    @Test
    void negativeConsumptionIsFlaggedAndLeftOut() throws Exception {
        Read d = read(site2019(row("RXX", "RXX01", "10", "-5")));
        assertThat(d.records().get(0).measure("elec_grid_kwh")).isNull();
        assertThat(d.issues()).anySatisfy(i -> assertThat(i.code()).isEqualTo("negative_value"));
    }
}
