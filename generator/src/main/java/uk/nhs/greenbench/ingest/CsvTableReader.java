package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text file as published: any of UTF-8 (with or without BOM) or Windows-1252, CRLF or LF,
 * quoted cells with thousands separators, repeated header names (kept, not rejected).
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName().toString();
        if (bytes.length == 0) throw new InputException(name + ": the file is empty");
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        char sep = delimiter != 0 ? delimiter : detectDelimiter(text, headerRow);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<SourceTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long lineBefore = 1;
            for (CSVRecord record : parser) {
                int lineNumber = (int) lineBefore;
                lineBefore = parser.getCurrentLineNumber() + 1;
                List<String> cells = record.toList();
                if (lineNumber < headerRow) continue;
                if (lineNumber == headerRow) {
                    headers = new ArrayList<>(cells.size());
                    for (String h : cells) headers.add(h == null ? "" : h.trim());
                    continue;
                }
                rows.add(new SourceTable.Row(lineNumber, cells));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(name + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        if (headers == null) {
            throw new InputException(name + ": no header row (expected one on line " + headerRow + ")");
        }
        return new SourceTable(name, "", headerRow, headers, rows, decoded.encoding());
    }

    static char detectDelimiter(String text, int headerRow) {
        String line = nthLine(text, headerRow);
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

    private static String nthLine(String text, int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int next = text.indexOf('\n', start);
            if (next < 0) return "";
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
