package uk.nhs.greenbench.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook built in memory and written as SpreadsheetML in one pass ({@link XlsxWriter}): sheets in order,
 * defined names, document properties. Every formula carries the result the engine computed as its cached value,
 * so previewers and readers that do not calculate still see the numbers.
 */
public final class Workbook implements AutoCloseable {
    /** Title, subject, description and the document date (fixed, so two runs give the same bytes). */
    public record Properties(String title, String subject, String creator, String description, LocalDate date) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private Properties properties = new Properties("", "", "", "", LocalDate.of(2000, 1, 1));

    public Sheet sheet(String name) {
        if (name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) throw new IllegalArgumentException("bad sheet name: " + name);
        for (Sheet s : sheets) if (s.name().equalsIgnoreCase(name)) throw new IllegalArgumentException("sheet exists: " + name);
        Sheet s = new Sheet(name);
        sheets.add(s);
        return s;
    }

    /** Moves a sheet to a 0-based position among the sheets. */
    public void move(String name, int position) {
        Sheet s = find(name);
        sheets.remove(s);
        sheets.add(Math.min(position, sheets.size()), s);
    }

    public Sheet find(String name) {
        for (Sheet s : sheets) if (s.name().equals(name)) return s;
        throw new IllegalArgumentException("no sheet " + name);
    }

    /** A workbook-level name for one cell, used in formulas instead of its address. */
    public void define(String name, String sheet, int row, int col) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*") || name.matches("(?i)[A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*")) {
            throw new IllegalArgumentException("not a usable name: " + name);
        }
        names.put(name, Ref.sheet(sheet) + "!" + Ref.absolute(row, col));
    }

    public void properties(Properties p) {
        this.properties = p;
    }

    public List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    Map<String, String> names() {
        return names;
    }

    Properties properties() {
        return properties;
    }

    /** Writes the workbook; once only, when rows were moved out of memory (their files go as each sheet is written). */
    public void write(OutputStream out) throws IOException {
        new XlsxWriter(this).write(out);
    }

    /** Removes the temporary files of any rows moved out of memory ({@link Sheet#spillRowsBefore}). */
    @Override
    public void close() {
        for (Sheet s : sheets) s.release();
    }
}
