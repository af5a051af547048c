package uk.nhs.greenbench.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReturnsFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static ReturnsFile read(Path f) {
        return ReturnsFile.read(f, TestProject.project().measures());
    }

    @Test
    void acceptedUnitsAreConvertedToTheMeasuresUnitAndRowsAreKept() throws Exception {
        ReturnsFile r = read(file("r.csv", "Year,Org_Code,Measure,Value,Unit\n2023/24,r1f,desflurane_l,240,ML\n"
                + "2023-24,R1F,operating_expenditure_gbp,\"1,250\",£k\n2023-24,R1F,nitrous_oxide_l,2.5,m³\n"));
        ReturnsFile.Record rec = r.forYear("2023-24").get("R1F");
        assertThat(rec.measures().get("desflurane_l")).isCloseTo(0.24, within(1e-12));
        assertThat(rec.measures().get("operating_expenditure_gbp")).isCloseTo(1_250_000, within(1e-6));
        assertThat(rec.measures().get("nitrous_oxide_l")).isCloseTo(2_500, within(1e-9));
        assertThat(rec.rows().get("nitrous_oxide_l")).isEqualTo("r.csv, row 4");
        assertThat(r.years()).containsExactly("2023-24");
    }

    @Test
    void aFigureGivenInTwoFilesIsRefusedNamingBoth() throws Exception {
        ReturnsFile a = read(file("a.csv", "year,org_code,measure,value,unit\n2023-24,R1F,staff_wte,100,WTE\n"));
        ReturnsFile b = read(file("b.csv", "year,org_code,measure,value,unit\n2023-24,R1F,operations,10,operations\n2023-24,R1F,staff_wte,101,WTE\n"));
        assertThatThrownBy(() -> Returns.of(List.of(a, b))).isInstanceOf(InputException.class)
                .hasMessageContaining("b.csv, row 3").hasMessageContaining("a.csv, row 2");
    }

    @Test
    void figuresForDifferentMeasuresFromTwoFilesAreCombined() throws Exception {
        ReturnsFile a = read(file("a.csv", "year,org_code,measure,value,unit\n2023-24,R1F,staff_wte,100,WTE\n"));
        ReturnsFile b = read(file("b.csv", "year,org_code,measure,value,unit\n2023-24,R1F,operations,10,operations\n"));
        ReturnsFile.Record rec = Returns.of(List.of(a, b)).forYear("2023-24").get("R1F");
        assertThat(rec.measures()).containsOnlyKeys("staff_wte", "operations");
        assertThat(rec.rows().get("operations")).isEqualTo("b.csv, row 2");
    }

    @Test
    void anEricMeasureIsNotAReturnsMeasure() throws Exception {
        Path f = file("r.csv", "year,org_code,measure,value,unit\n2023-24,R1F,gas_kwh,100,kWh\n");
        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("r.csv, row 2, column \"measure\": \"gas_kwh\" is not a returns measure");
    }
}
