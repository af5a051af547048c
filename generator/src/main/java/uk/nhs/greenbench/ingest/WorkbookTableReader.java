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
            List<String> sections = sectionTitles(sheet, headerRow, headers.size());
            List<SourceTable.Row> rows = new ArrayList<>();
            for (int r = headerRow; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) continue;
                List<String> cells = new ArrayList<>(headers.size());
                for (int c = 0; c < Math.max(headers.size(), row.getLastCellNum()); c++) cells.add(text(row.getCell(c)));
                rows.add(new SourceTable.Row(r + 1, cells));
            }
            return new SourceTable(name, sheetName, headerRow, headers, SourceTable.Rows.of(rows), "workbook", sections);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read as a workbook (" + InputException.reason(e) + ")", e);
        }
    }

    /**
     * The section title above each column: the row just above the headers, each title carried to the right until the
     * next (a HEFS sheet writes "Energy" once, over all the energy columns). Empty when the headers are on row 1.
     */
    private static List<String> sectionTitles(Sheet sheet, int headerRow, int columns) {
        if (headerRow < 2) return List.of();
        Row above = sheet.getRow(headerRow - 2);
        List<String> sections = new ArrayList<>(columns);
        String current = "";
        for (int c = 0; c < columns; c++) {
            String t = above == null ? "" : text(above.getCell(c)).trim();
            if (!t.isEmpty()) current = t;
            sections.add(current);
        }
        return sections;
    }

    /**
     * The most a workbook may hold: a file of 64 MB, and no part that unpacks to more (the largest real one, a DESNZ
     * flat file's sheet, is 3 MB). Larger workbooks are read whole by Apache POI and would exhaust the memory.
     */
    public static final long MAX_BYTES = 64L << 20;

    static Workbook open(Path file) throws IOException {
        refuseIfTooLarge(file);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_BYTES);
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

    private static void refuseIfTooLarge(Path file) throws IOException {
        String limit = (MAX_BYTES >> 20) + " MB";
        if (java.nio.file.Files.size(file) > MAX_BYTES) {
            throw new InputException(file.getFileName() + ": the workbook is larger than " + limit + " (greenbench's limit for a workbook, "
                    + "which is read whole): save the sheet as CSV, which is read as a stream whatever its size");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                if (e.getSize() > MAX_BYTES) {
                    throw new InputException(file.getFileName() + ": the workbook's part " + e.getName() + " unpacks to "
                            + String.format(java.util.Locale.UK, "%,d", e.getSize()) + " bytes, more than " + limit
                            + " (greenbench's limit for a workbook, which is read whole): save the sheet as CSV, which is read as a stream");
                }
            }
        } catch (java.util.zip.ZipException notZip) {
            // An .xls (not a zip) or a damaged file: POI says which below.
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
