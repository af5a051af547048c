package uk.nhs.greenbench.excel;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.Locale;

/** Workbook-level named ranges for assumption cells, so formulas read {@code =units*cost_energy_intensity}. */
public final class ExcelNames {
    private ExcelNames() {
    }

    /** A valid Excel name from an id: letters, digits and underscores, never looking like a cell reference. */
    public static String of(String prefix, String id) {
        return (prefix + "_" + id).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }

    public static void define(XSSFWorkbook wb, String name, String sheet, int row, int col) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + sheet.replace("'", "''") + "'!" + new CellReference(row, col, true, true).formatAsString());
    }
}
