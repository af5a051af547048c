package uk.nhs.greenbench.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {
    @Test
    void numbersAreUnroundedPlainAndWithoutSeparators() {
        assertThat(Cells.number(1234567.0)).isEqualTo("1234567");
        assertThat(Cells.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Cells.number(1.5e-7)).isEqualTo("0.00000015");
        assertThat(Cells.number(null)).isEmpty();
        assertThat(Cells.number(Double.NaN)).isEmpty();
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        assertThat(Cells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Cells.text("+44")).isEqualTo("'+44");
        assertThat(Cells.text("-1")).isEqualTo("'-1");
        assertThat(Cells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Cells.text("ST GEORGE'S")).isEqualTo("ST GEORGE'S");
    }
}
