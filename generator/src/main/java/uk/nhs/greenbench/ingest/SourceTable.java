package uk.nhs.greenbench.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table read from one published file (a CSV or one sheet of a workbook): its header row and data rows,
 * all as text exactly as published. Row numbers are those a person sees in a spreadsheet or text editor.
 * The rows of a CSV are read from the file each time they are visited, never held all at once, so a file of
 * any length needs only a fixed amount of memory.
 */
public record SourceTable(String fileName, String sheet, int headerRowNumber, List<String> headers, Rows rows,
                          String encoding, List<String> sections) {

    /**
     * @param sections the section title above each column (a HEFS sheet's row 1: Energy, Waste, PFI Facilities and
     *                 Services…, carried across the columns it spans), or empty when the file has none
     */
    public SourceTable {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A table without section titles (a CSV). */
    public SourceTable(String fileName, String sheet, int headerRowNumber, List<String> headers, Rows rows, String encoding) {
        this(fileName, sheet, headerRowNumber, headers, rows, encoding, List.of());
    }

    /** The section title above a column, or "" when there is none. */
    public String section(int column) {
        return column < sections.size() ? sections.get(column) : "";
    }

    /** One data row; {@code number} is the 1-based line (CSV) or row (workbook) number in the file. */
    public record Row(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            for (String c : cells) {
                if (c != null && !c.isBlank()) return false;
            }
            return true;
        }
    }

    /** The data rows, visited in file order; a visit may read the file again. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<Row> action);

        static Rows of(List<Row> rows) {
            List<Row> copy = List.copyOf(rows);
            return copy::forEach;
        }
    }

    /** Where a cell came from, for messages: {@code file [sheet] row N}. */
    public String where(int rowNumber) {
        return fileName + (sheet == null || sheet.isEmpty() ? "" : " [" + sheet + "]") + ", row " + rowNumber;
    }

    public String displayName() {
        return fileName + (sheet == null || sheet.isEmpty() ? "" : " [" + sheet + "]");
    }
}
