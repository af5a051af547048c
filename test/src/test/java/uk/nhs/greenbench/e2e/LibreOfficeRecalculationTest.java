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

    @Test
    void aBetterHeatPumpCopCutsEachSitesAddedLoadAndMovesTheVerdicts() throws Exception {
        Path file = Workbooks.trust(YEAR, "REF");
        Path edited = dir.resolve("capacity-edited.xlsx");
        java.util.Map<String, double[]> before = new java.util.TreeMap<>();
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            var sheet = wb.getSheet("Capacity and demand");
            for (Row row : sheet) {
                var code = row.getCell(0);
                var source = row.getCell(21);
                if (code == null || source == null || !source.toString().startsWith("ERIC_Site.csv")) continue;
                Double headroom = row.getCell(6).getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        && row.getCell(6).getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? row.getCell(6).getNumericCellValue() : null;
                before.put(code.toString(), new double[]{Workbooks.number(row.getCell(12)), headroom == null ? Double.NaN : headroom,
                        Workbooks.number(row.getCell(10))});
            }
            var cop = new CellReference(wb.getName("cap_design_cop").getRefersToFormula());
            var cell = wb.getSheet(cop.getSheetName()).getRow(cop.getRow()).getCell(cop.getCol());
            assertThat(cell.getNumericCellValue()).isEqualTo(2.0);
            cell.setCellValue(5.0);
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        assertThat(before).hasSize(8);
        long withinBefore = before.values().stream().filter(v -> v[2] > 0 && !Double.isNaN(v[1]) && v[0] <= v[1]).count();
        long withinAfter = before.values().stream().filter(v -> v[2] > 0 && !Double.isNaN(v[1]) && v[0] * 2 / 5 <= v[1]).count();
        assertThat(withinAfter).as("a COP of 5 brings Royal Cornwall's REF01 within its capacity").isGreaterThan(withinBefore);
        Path recalculated = LibreOffice.recalculate(edited, dir);
        try (XSSFWorkbook wb = Workbooks.open(recalculated)) {
            var sheet = wb.getSheet("Capacity and demand");
            double withinCount = Double.NaN;
            for (Row row : sheet) {
                var first = row.getCell(0);
                if (first == null) continue;
                if (first.toString().equals("can electrify within today's capacity")) withinCount = Workbooks.number(row.getCell(2));
                double[] old = before.get(first.toString());
                if (old == null) continue;
                assertThat(Workbooks.number(row.getCell(12))).as(first + " added load").isCloseTo(old[0] * 2 / 5, within(1e-9 * old[0] + 1e-12));
                String verdict = row.getCell(14).getStringCellValue();
                if (old[2] > 0 && !Double.isNaN(old[1])) {
                    assertThat(verdict).as(first.toString()).isEqualTo(old[0] * 2 / 5 <= old[1] ? "can electrify within today's capacity" : "needs more capacity");
                }
            }
            assertThat(withinCount).as("sites within capacity, counted by the sheet").isEqualTo(withinAfter);
        }
    }
}
