package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a delimited text file as published: any of UTF-8 (with or without BOM) or Windows-1252, CRLF or LF,
 * quoted cells with thousands separators, repeated header names (kept, not rejected). The header is read at
 * once; the data rows are streamed from the file when visited, so memory does not grow with the file.
 */
public final class CsvTableReader {
    private static final char[] CANDIDATE_DELIMITERS = {',', '$', ';', '\t'};

    private CsvTableReader() {
    }

    /**
     * @param headerRow 1-based line of the header row (lines above it, such as section titles, are skipped)
     * @param delimiter the delimiter, or 0 to detect it from the header line
     */
    public static SourceTable read(Path file, int headerRow, char delimiter) {
        String name = file.getFileName().toString();
        TextDecoding.Encoding encoding;
        char sep;
        try {
            if (Files.size(file) == 0) throw new InputException(name + ": the file is empty");
            encoding = TextDecoding.detect(file);
            sep = delimiter != 0 ? delimiter : detectDelimiter(headerLine(file, encoding, headerRow));
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + InputException.reason(e) + ")", e);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setIgnoreEmptyLines(false).get();
        List<String> headers = new ArrayList<>();
        boolean found = visit(file, name, encoding, format, headerRow, true, row -> {
            for (String h : row.cells()) headers.add(h == null ? "" : h.trim());
        });
        if (!found) throw new InputException(name + ": no header row (expected one on line " + headerRow + ")");
        SourceTable.Rows rows = action -> visit(file, name, encoding, format, headerRow, false, action);
        return new SourceTable(name, "", headerRow, List.copyOf(headers), rows, encoding.label());
    }

    /**
     * Streams the file's records: the header record only ({@code headerOnly}), or every record below it.
     *
     * @return whether the header line was reached (always true when visiting the data rows)
     */
    private static boolean visit(Path file, String name, TextDecoding.Encoding encoding, CSVFormat format, int headerRow,
                                 boolean headerOnly, Consumer<SourceTable.Row> action) {
        long lineBefore = 1;
        try (Reader reader = encoding.open(file); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                // Rows are numbered as a spreadsheet numbers them: one a record, even when a quoted cell spans lines.
                int lineNumber = (int) record.getRecordNumber();
                lineBefore = parser.getCurrentLineNumber() + 1;
                if (lineNumber < headerRow) continue;
                if (lineNumber == headerRow) {
                    if (!headerOnly) continue;
                    action.accept(new SourceTable.Row(lineNumber, record.toList()));
                    return true;
                }
                action.accept(new SourceTable.Row(lineNumber, record.toList()));
            }
            return !headerOnly;
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(name + ": not a readable CSV file near line " + lineBefore + " ("
                    + InputException.reason(e) + ")", e);
        }
    }

    private static String headerLine(Path file, TextDecoding.Encoding encoding, int headerRow) throws IOException {
        try (BufferedReader r = new BufferedReader(encoding.open(file))) {
            String line = "";
            for (int i = 0; i < headerRow && line != null; i++) line = r.readLine();
            return line == null ? "" : line;
        }
    }

    static char detectDelimiter(String line) {
        char best = ',';
        int bestCount = 0;
        for (char c : CANDIDATE_DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') quoted = !quoted;
                else if (ch == c && !quoted) count++;
            }
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }
}
