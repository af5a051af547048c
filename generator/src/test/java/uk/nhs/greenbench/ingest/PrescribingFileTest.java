package uk.nhs.greenbench.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrescribingFileTest {
    @TempDir
    Path dir;

    private static final Map<String, String> ICB_OF = Map.of("QRL", "QRL", "10R", "QRL", "D9Y0V", "QRL");

    @Test
    void monthsFallIntoTheFinancialYearAprilToMarchAndSubIcbsRollUp() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "measure,org_id,date,numerator,denominator\n"
                + "environmental_inhalers,10R,2024-03-01,10,40\n"
                + "environmental_inhalers,D9Y0V,2024-03-01,5,10\n"
                + "environmental_inhalers,10R,2024-04-01,7,20\n");
        PrescribingFile p = PrescribingFile.read(f, ICB_OF::get);
        PrescribingFile.IcbYear y = p.forYear("2023-24").get("QRL");
        assertThat(y.mdiItems()).isEqualTo(15);
        assertThat(y.inhalerItems()).isEqualTo(50);
        assertThat(y.months()).isEqualTo(1);
        assertThat(y.rows()).isEqualTo("p.csv rows 2-3");
        assertThat(p.forYear("2024-25").get("QRL").mdiItems()).isEqualTo(7);
    }

    @Test
    void anotherMeasuresDownloadIsRefused() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "measure,org_id,date,numerator,denominator\nsaba,QRL,2024-03-01,1,2\n");
        assertThatThrownBy(() -> PrescribingFile.read(f, ICB_OF::get)).isInstanceOf(InputException.class)
                .hasMessageContaining("p.csv, row 2, column \"measure\": expected environmental_inhalers");
    }
}
