package uk.nhs.greenbench.e2e;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbooks in a real spreadsheet: LibreOffice recalculates every formula on opening, and its result for every
 * formula must equal the value greenbench cached (the engine's figure); editing an assumption must move the savings.
 */
// LibreOffice recalculates on one core: it runs beside the other tests.
@Execution(ExecutionMode.CONCURRENT)
class LibreOfficeRecalculationTest {
    static final String YEAR = "2023-24";

    @TempDir
    Path dir;

    @Test
    void libreOfficesResultForEveryFormulaEqualsTheCachedValue() throws Exception {
        // A trust, an ICS and a region: every kind of formula the writers use. England's workbook has the same formulas
        // as a region's over all 209 trusts; POI checks it (FormulaCachedValuesTest), and leaving it out of LibreOffice
        // takes about a minute of CPU off the suite.
        List<Path> files = FormulaCachedValuesTest.workbooks().subList(0, 3);
        List<Path> recalculated = LibreOffice.recalculate(files, dir);
        for (int i = 0; i < files.size(); i++) {
            try (XSSFWorkbook ours = Workbooks.open(files.get(i)); XSSFWorkbook theirs = Workbooks.open(recalculated.get(i))) {
                List<FormulaResults.Result> results = FormulaResults.compare(ours, c -> FormulaResults.saved(
                        theirs.getSheet(c.getSheet().getSheetName()).getRow(c.getRowIndex()).getCell(c.getColumnIndex())));
                assertThat(results).as(files.get(i).getFileName() + " formulas").hasSizeGreaterThan(20);
                assertThat(FormulaResults.disagreeing(results)).as(files.get(i).getFileName().toString()).isEmpty();
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
