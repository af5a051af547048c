package uk.nhs.greenbench.excel;

import java.util.Locale;

/** Workbook-level names for assumption cells, so formulas read {@code =units*cost_energy_intensity}. */
public final class ExcelNames {
    private ExcelNames() {
    }

    /** A valid Excel name from an id: letters, digits and underscores, never looking like a cell reference. */
    public static String of(String prefix, String id) {
        return (prefix + "_" + id).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }
}
