package uk.nhs.greenbench.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbooks in a real spreadsheet: LibreOffice recalculates every formula on opening, and its results must
 * equal the values greenbench cached (which equal figures.csv); editing an assumption must move the savings.
 */
class LibreOfficeRecalculationTest {
    static final String YEAR = "2023-24";

    @TempDir
    Path dir;

    private static void assertClose(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertThat(actual).as(what).isCloseTo(expected, within(1e-7 * Math.max(1, Math.abs(expected))));
    }

    @Test
    void libreOfficesRecalculatedSavingsEqualTheCachedOnes() throws Exception {
        for (Path file : new Path[]{Workbooks.trust(YEAR, "R1F"), Workbooks.find(Packs.pack(YEAR).resolve("ics"), "QRL")}) {
            Path recalculated = LibreOffice.recalculate(file, dir);
            try (XSSFWorkbook ours = Workbooks.open(file); XSSFWorkbook theirs = Workbooks.open(recalculated)) {
                Map<String, Row> a = Workbooks.savingsRows(ours), b = Workbooks.savingsRows(theirs);
                assertThat(b.keySet()).isEqualTo(a.keySet());
                int compared = 0;
                for (var e : a.entrySet()) {
                    for (int col = 11; col <= 22; col++) {
                        assertClose(Workbooks.number(b.get(e.getKey()).getCell(col)), Workbooks.number(e.getValue().getCell(col)),
                                file.getFileName() + " " + e.getKey() + " column " + col);
                        compared++;
                    }
                }
                assertThat(compared).isGreaterThan(100);
                var summary = theirs.getSheet("Summary");
                var ourSummary = ours.getSheet("Summary");
                for (Row r : ourSummary) {
                    for (int col = 2; col <= 3; col++) {
                        var c = r.getCell(col);
                        if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            assertClose(Workbooks.number(summary.getRow(r.getRowNum()).getCell(col)), Workbooks.number(c),
                                    file.getFileName() + " Summary " + new CellReference(r.getRowNum(), col).formatAsString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void editingAnAssumptionMovesTheSavingsByTheExpectedAmount() throws Exception {
        Path file = Workbooks.trust(YEAR, "RHU");
        Path edited = dir.resolve("edited.xlsx");
        double oldCost, units, unitsStretch;
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Row row = Workbooks.savingsRows(wb).get("RHU|energy-intensity");
            units = Workbooks.number(row.getCell(11));
            unitsStretch = Workbooks.number(row.getCell(12));
            var ref = new CellReference(wb.getName("cost_energy_intensity").getRefersToFormula());
            var costCell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            oldCost = costCell.getNumericCellValue();
            costCell.setCellValue(oldCost * 2);
            var bench = new CellReference(wb.getName("benchmark").getRefersToFormula());
            wb.getSheet(bench.getSheetName()).getRow(bench.getRow()).getCell(bench.getCol()).setCellValue("Stretch");
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        assertThat(unitsStretch).as("RHU has a stretch gap on energy use").isGreaterThan(0);
        Path recalculated = LibreOffice.recalculate(edited, dir);
        try (XSSFWorkbook wb = Workbooks.open(recalculated)) {
            Row row = Workbooks.savingsRows(wb).get("RHU|energy-intensity");
            assertThat(Workbooks.number(row.getCell(17))).as("typical £ at twice the unit cost")
                    .isCloseTo(units * oldCost * 2, within(1e-6 * units * oldCost * 2 + 1e-9));
            assertThat(Workbooks.number(row.getCell(21))).as("£ in use follows the Stretch benchmark")
                    .isCloseTo(unitsStretch * oldCost * 2, within(1e-6 * unitsStretch * oldCost * 2 + 1e-9));
        }
    }
}
