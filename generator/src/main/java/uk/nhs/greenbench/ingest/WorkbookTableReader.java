package uk.nhs.greenbench.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one sheet of an Excel workbook (.xls or .xlsx) into text cells. Numbers are written in full
 * precision (not as displayed), so nothing is lost to a cell's number format. An .xlsx is read as a stream of its
 * sheet's XML ({@link StreamedXlsx}); an .xls, or an .xlsx that cannot be streamed, through Apache POI's full model.
 */
public final class WorkbookTableReader {
    private WorkbookTableReader() {
    }

    /** Names of the sheets in a workbook, in order. */
    public static List<String> sheetNames(Path file) {
        try (OpenWorkbook wb = open(file)) {
            return wb.sheetNames();
        }
    }

    /** @param headerRow 1-based row of the headers; rows above it (section titles) are skipped. */
    public static SourceTable read(Path file, String sheetName, int headerRow) {
        try (OpenWorkbook wb = open(file)) {
            return wb.read(sheetName, headerRow);
        }
    }

    /**
     * Reads a sheet whose header row is the first of rows 1 to {@code maxRow} with a cell equal to {@code marker}
     * (case-insensitive), opening the workbook once.
     */
    public static SourceTable readWithHeaderContaining(Path file, String sheetName, String marker, int maxRow) {
        try (OpenWorkbook wb = open(file)) {
            return wb.readWithHeaderContaining(sheetName, marker, maxRow);
        }
    }

    /** Opens a workbook to read several of its sheets, or one sheet with several header rows, reading each once. */
    public static OpenWorkbook open(Path file) {
        try {
            refuseIfTooLarge(file);
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot be read as a workbook (" + InputException.reason(e) + ")", e);
        }
        StreamedXlsx streamed = null;
        try {
            if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) streamed = new StreamedXlsx(file);
        } catch (Exception e) {
            // Damaged, or not a workbook after all: the full model below says what is wrong with it.
        }
        return new OpenWorkbook(file, streamed);
    }

    /** A workbook opened for reading: close it when done. */
    public static final class OpenWorkbook implements AutoCloseable {
        private final Path file;
        private final String name;
        private StreamedXlsx streamed;
        private Workbook model;
        private final Map<String, SheetGrid> grids = new HashMap<>();

        private OpenWorkbook(Path file, StreamedXlsx streamed) {
            this.file = file;
            this.name = file.getFileName().toString();
            this.streamed = streamed;
            if (streamed == null) model = openModel(file);
        }

        public List<String> sheetNames() {
            if (streamed != null) return streamed.sheetNames();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < model.getNumberOfSheets(); i++) names.add(model.getSheetName(i));
            return names;
        }

        /** @param headerRow 1-based row of the headers; rows above it (section titles) are skipped. */
        public SourceTable read(String sheetName, int headerRow) {
            return table(sheetName, grid(sheetName), headerRow);
        }

        /** The sheet's header row is the first of rows 1 to {@code maxRow} with a cell equal to {@code marker}. */
        public SourceTable readWithHeaderContaining(String sheetName, String marker, int maxRow) {
            SheetGrid grid = grid(sheetName);
            for (int r = 0; r < maxRow; r++) {
                List<String> row = grid.row(r);
                if (row == null) continue;
                for (String cell : row) {
                    if (cell.trim().equalsIgnoreCase(marker)) return table(sheetName, grid, r + 1);
                }
            }
            throw new InputException(name + " [" + sheetName + "]: no header row with \"" + marker + "\" in rows 1-" + maxRow);
        }

        /** The sheet's cells, as the full model gives them: the tests compare the two ways of reading. */
        SheetGrid grid(String sheetName) {
            SheetGrid grid = grids.get(sheetName);
            if (grid != null) return grid;
            if (streamed != null) {
                try {
                    grid = streamed.sheet(sheetName);
                    if (grid == null) throw noSheet(sheetName);
                } catch (InputException e) {
                    throw e;
                } catch (Exception e) {
                    useModel(); // a cell the stream cannot read as the model would, or a damaged part: the model decides
                }
            }
            if (grid == null) {
                Sheet sheet = model.getSheet(sheetName);
                if (sheet == null) throw noSheet(sheetName);
                grid = gridOf(sheet);
            }
            grids.put(sheetName, grid);
            return grid;
        }

        private InputException noSheet(String sheetName) {
            return new InputException(name + ": no sheet named \"" + sheetName + "\"");
        }

        private void useModel() {
            streamed.close();
            streamed = null;
            model = openModel(file);
        }

        private SourceTable table(String sheetName, SheetGrid grid, int headerRow) {
            List<String> header = grid.row(headerRow - 1);
            if (header == null) throw new InputException(name + " [" + sheetName + "]: no header row " + headerRow);
            List<String> headers = new ArrayList<>();
            for (String h : header) headers.add(h.trim());
            List<String> sections = sectionTitles(grid, headerRow, headers.size());
            List<SourceTable.Row> rows = new ArrayList<>();
            for (int r = headerRow; r <= grid.lastRowIndex(); r++) {
                List<String> row = grid.row(r);
                if (row == null) continue;
                List<String> cells = new ArrayList<>(Math.max(headers.size(), row.size()));
                for (int c = 0; c < Math.max(headers.size(), row.size()); c++) cells.add(SheetGrid.cell(row, c));
                rows.add(new SourceTable.Row(r + 1, cells));
            }
            return new SourceTable(name, sheetName, headerRow, headers, SourceTable.Rows.of(rows), "workbook", sections);
        }

        @Override
        public void close() {
            if (streamed != null) streamed.close();
            if (model != null) {
                try {
                    model.close();
                } catch (IOException e) {
                    // Opened read-only: nothing was written, so nothing is lost.
                }
            }
        }
    }

    /** A sheet of the full model as text cells: each row to its last cell, a row the sheet lacks null. */
    static SheetGrid gridOf(Sheet sheet) {
        SheetGrid grid = new SheetGrid();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) continue;
            List<String> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
            for (int c = 0; c < row.getLastCellNum(); c++) cells.add(text(row.getCell(c)));
            grid.put(r, cells);
        }
        return grid;
    }

    /**
     * The section title above each column: the row just above the headers, each title carried to the right until the
     * next (a HEFS sheet writes "Energy" once, over all the energy columns). Empty when the headers are on row 1.
     */
    private static List<String> sectionTitles(SheetGrid grid, int headerRow, int columns) {
        if (headerRow < 2) return List.of();
        List<String> above = grid.row(headerRow - 2);
        List<String> sections = new ArrayList<>(columns);
        String current = "";
        for (int c = 0; c < columns; c++) {
            String t = SheetGrid.cell(above, c).trim();
            if (!t.isEmpty()) current = t;
            sections.add(current);
        }
        return sections;
    }

    /**
     * The most a workbook may hold: a file of 64 MB, and no part that unpacks to more (the largest real one, a DESNZ
     * flat file's sheet, is 3 MB). An .xls, or an .xlsx the stream hands to the full model, is read whole by Apache POI,
     * and a larger one would exhaust the memory.
     */
    public static final long MAX_BYTES = 64L << 20;

    private static Workbook openModel(Path file) {
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
                    + "which may be read whole): save the sheet as CSV, which is read as a stream whatever its size");
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                if (e.getSize() > MAX_BYTES) {
                    throw new InputException(file.getFileName() + ": the workbook's part " + e.getName() + " unpacks to "
                            + String.format(java.util.Locale.UK, "%,d", e.getSize()) + " bytes, more than " + limit
                            + " (greenbench's limit for a workbook, which may be read whole): save the sheet as CSV, which is read as a stream");
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
