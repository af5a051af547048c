package uk.nhs.greenbench.ingest;

import java.util.List;

/**
 * A table read from one published file (a CSV or one sheet of a workbook): its header row and data rows,
 * all as text exactly as published. Row numbers are those a person sees in a spreadsheet or text editor.
 */
public record SourceTable(String fileName, String sheet, int headerRowNumber, List<String> headers, List<Row> rows,
                          String encoding) {

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

    /** Where a cell came from, for messages: {@code file [sheet] row N}. */
    public String where(int rowNumber) {
        return fileName + (sheet == null || sheet.isEmpty() ? "" : " [" + sheet + "]") + ", row " + rowNumber;
    }

    public String displayName() {
        return fileName + (sheet == null || sheet.isEmpty() ? "" : " [" + sheet + "]");
    }
}
