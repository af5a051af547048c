package uk.nhs.greenbench.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sheet of an Excel workbook (.xls or .xlsx) into text cells. Numbers are written in full
 * precision (not as displayed), so nothing is lost to a cell's number format.
 */
public final class WorkbookTableReader {
    private WorkbookTableReader() {
    }

    /** Names of the sheets in a workbook, in order. */
    public static List<String> sheetNames(Path file) {
        try (Workbook wb = open(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
            return names;
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot be read as a workbook (" + InputException.reason(e) + ")", e);
        }
    }

    /** @param headerRow 1-based row of the headers; rows above it (section titles) are skipped. */
    public static SourceTable read(Path file, String sheetName, int headerRow) {
        return read(file, sheetName, sheet -> headerRow);
    }

    /**
     * Reads a sheet whose header row is the first of rows 1 to {@code maxRow} with a cell equal to {@code marker}
     * (case-insensitive), opening the workbook once.
     */
    public static SourceTable readWithHeaderContaining(Path file, String sheetName, String marker, int maxRow) {
        return read(file, sheetName, sheet -> {
            for (int r = 0; r < maxRow; r++) {
                Row row = sheet.getRow(r);
                if (row == null) continue;
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    if (text(row.getCell(c)).trim().equalsIgnoreCase(marker)) return r + 1;
                }
            }
            throw new InputException(file.getFileName() + " [" + sheetName + "]: no header row with \"" + marker
                    + "\" in rows 1-" + maxRow);
        });
    }

    private static SourceTable read(Path file, String sheetName, java.util.function.ToIntFunction<Sheet> headerRowOf) {
        String name = file.getFileName().toString();
        try (Workbook wb = open(file)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                throw new InputException(name + ": no sheet named \"" + sheetName + "\"");
            }
            int headerRow = headerRowOf.applyAsInt(sheet);
            Row header = sheet.getRow(headerRow - 1);
            if (header == null) throw new InputException(name + " [" + sheetName + "]: no header row " + headerRow);
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) headers.add(text(header.getCell(c)).trim());
            List<SourceTable.Row> rows = new ArrayList<>();
            for (int r = headerRow; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) continue;
                List<String> cells = new ArrayList<>(headers.size());
                for (int c = 0; c < Math.max(headers.size(), row.getLastCellNum()); c++) cells.add(text(row.getCell(c)));
                rows.add(new SourceTable.Row(r + 1, cells));
            }
            return new SourceTable(name, sheetName, headerRow, headers, SourceTable.Rows.of(rows), "workbook");
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read as a workbook (" + InputException.reason(e) + ")", e);
        }
    }

    static Workbook open(Path file) throws IOException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": not a readable Excel workbook (" + InputException.reason(e)
                    + "); the file may be damaged or incomplete, and a CSV file needs a .csv name", e);
        } catch (EncryptedDocumentException e) {
            throw new InputException(file.getFileName() + ": the workbook is password-protected; save an unprotected copy", e);
        } catch (RuntimeException e) {
            if (e instanceof InputException) throw e;
            throw new InputException(file.getFileName() + ": not a readable Excel workbook (" + InputException.reason(e) + ")", e);
        }
    }

    static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR";
            default -> "";
        };
    }
}
