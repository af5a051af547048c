package uk.nhs.greenbench.e2e;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares every formula's cached value in a workbook greenbench wrote with the result another spreadsheet engine
 * gives for the same cell (Apache POI's evaluator, or LibreOffice after a full recalculation).
 */
final class FormulaResults {
    /** How far two results may differ: rounding in the last digits of sums of many terms, nothing more. */
    private static final double RELATIVE = 1e-9;

    private FormulaResults() {
    }

    /** A formula cell and what it holds, as a number or text. */
    record Result(String where, String formula, Object cached, Object other) {
    }

    /** Every formula cell of the workbook, with its cached value and {@code engine}'s result (a Double, String or null). */
    static List<Result> compare(XSSFWorkbook wb, Function<Cell, Object> engine) {
        List<Result> out = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.FORMULA) continue;
                    String where = "'" + sheet.getSheetName() + "'!" + new CellReference(c.getRowIndex(), c.getColumnIndex()).formatAsString();
                    out.add(new Result(where, c.getCellFormula(), cached(c), engine.apply(c)));
                }
            }
        }
        return out;
    }

    /** The results that disagree. */
    static List<Result> disagreeing(List<Result> results) {
        return results.stream().filter(r -> !same(r.cached(), r.other())).toList();
    }

    static Object cached(Cell c) {
        return switch (c.getCachedFormulaResultType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            default -> "cached " + c.getCachedFormulaResultType();
        };
    }

    /** A cell's value as LibreOffice saved it (its own recalculated cached value for a formula). */
    static Object saved(Cell c) {
        if (c == null) return null;
        return c.getCellType() == CellType.FORMULA ? cached(c) : c.getCellType() == CellType.NUMERIC ? c.getNumericCellValue()
                : c.getStringCellValue();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.abs(x - y) <= RELATIVE * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        return a != null && a.equals(b);
    }
}
