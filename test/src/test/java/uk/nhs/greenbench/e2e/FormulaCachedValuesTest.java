package uk.nhs.greenbench.e2e;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached value of every formula in the workbooks is the engine's figure; Apache POI's own formula evaluator,
 * an independent implementation of Excel's functions, must get the same result from the formula, on a trust, an
 * ICS, a region and the England workbook.
 */
// Reads the shared packs on one core: it runs beside the other tests once a worker is free (junit-platform.properties).
@Execution(ExecutionMode.CONCURRENT)
class FormulaCachedValuesTest {
    static final String YEAR = "2023-24";

    /** A trust, an ICS, a region and England, each with many formulas of every kind the writers use. */
    static List<Path> workbooks() throws Exception {
        Path pack = Packs.pack(YEAR);
        return List.of(Workbooks.trust(YEAR, "RJ1"), Workbooks.find(pack.resolve("ics"), "QKK"),
                Workbooks.find(pack.resolve("regions"), "Y56"), Workbooks.find(pack.resolve("national"), "ENG"));
    }

    @Test
    void everyFormulasCachedValueIsWhatPoisEvaluatorComputes() throws Exception {
        for (Path file : workbooks()) {
            try (XSSFWorkbook wb = Workbooks.open(file)) {
                var evaluator = wb.getCreationHelper().createFormulaEvaluator();
                List<FormulaResults.Result> results = FormulaResults.compare(wb, c -> {
                    CellValue v = evaluator.evaluate(c);
                    return v.getCellType() == CellType.NUMERIC ? (Object) v.getNumberValue()
                            : v.getCellType() == CellType.STRING ? v.getStringValue() : "evaluated " + v.formatAsString();
                });
                assertThat(results).as(file.getFileName() + " formulas").hasSizeGreaterThan(20);
                assertThat(FormulaResults.disagreeing(results)).as(file.getFileName().toString()).isEmpty();
            }
        }
    }
}
