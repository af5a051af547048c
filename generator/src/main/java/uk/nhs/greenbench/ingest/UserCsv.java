package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the small CSV files users supply (returns, prescribing downloads, peer groups) share: a header read by name,
 * cells by column, numbers of zero or more, and every problem of a file listed together before it is refused.
 */
public final class UserCsv {
    /** Problems listed before the rest are only counted: enough to fix a file in one pass, not a wall of text. */
    static final int MAX_LISTED = 20;
    /**
     * The most rows a returns, prescribing or peers file may have. Ten years of every return for every trust is under
     * 50,000 rows, and OpenPrescribing's monthly download for every sub-ICB location a few thousand; a larger file is
     * refused before it fills the memory.
     */
    public static final int MAX_ROWS = 250_000;

    /**
     * How every file a user supplies is read (Commons CSV does the work): the first row is the header, whose names
     * match in any case; names and cells are trimmed; a name twice is refused; empty lines are skipped.
     */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
            .setTrim(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true).get();
    private static final Pattern DUPLICATE = Pattern.compile("duplicate name: \"([^\"]*)\"");

    private UserCsv() {
    }

    /**
     * Opens a user's CSV file, its text encoding detected, with its header read. A column named twice is refused with
     * the file, row 1 and the name; an empty file with {@code whenEmpty}.
     */
    public static CSVParser open(Path file, String whenEmpty) throws IOException {
        return open(file, TextDecoding.detect(file), whenEmpty);
    }

    /** As {@link #open(Path, String)}, in an encoding the caller has already detected (and reports). */
    public static CSVParser open(Path file, TextDecoding.Encoding encoding, String whenEmpty) throws IOException {
        String name = file.getFileName().toString();
        Reader in = encoding.open(file);
        CSVParser parser;
        try {
            parser = FORMAT.parse(in);
        } catch (IllegalArgumentException e) {
            in.close();
            Matcher m = DUPLICATE.matcher(String.valueOf(e.getMessage()));
            throw InputException.at(name, 1, m.find() ? m.group(1) : "", "the column is in the header twice");
        }
        if (parser.getHeaderNames().isEmpty()) {
            parser.close();
            throw InputException.at(name, 1, "", whenEmpty);
        }
        return parser;
    }

    /** Refuses a file whose header lacks one of {@code columns}, naming the first missing. */
    public static void require(CSVParser parser, String file, List<String> columns, String hint) {
        for (String c : columns) {
            if (!parser.getHeaderMap().containsKey(c)) throw InputException.at(file, 1, c, "the header has no such column; " + hint);
        }
    }

    /** The first of {@code names} the header has, as the file spells it; empty when it has none. */
    public static Optional<String> firstColumn(CSVParser parser, List<String> names) {
        for (String n : names) {
            for (String h : parser.getHeaderNames()) if (h.equalsIgnoreCase(n)) return Optional.of(h);
        }
        return Optional.empty();
    }

    /** A record's row number, the header being row 1 (Commons CSV numbers the records after the header from 1). */
    public static int row(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    /** Refuses a file once it passes {@link #MAX_ROWS} rows. */
    public static void checkRows(String file, String kind, long row) {
        if (row > MAX_ROWS) {
            throw new InputException(file + ": more than " + String.format(Locale.UK, "%,d", MAX_ROWS) + " rows, far more than any "
                    + kind + " holds (greenbench's limit): is it the right file?");
        }
    }

    /** A cell (trimmed); empty when the row is short or the header has no such column. */
    public static String cell(CSVRecord r, String column) {
        return r.isSet(column) ? r.get(column) : "";
    }

    /** A row of empty cells only (",,,"): skipped like an empty line. */
    public static boolean isBlank(CSVRecord r) {
        return r.stream().allMatch(String::isEmpty);
    }

    /** Every problem of one file, listed together when the file is refused. */
    static final class Problems {
        private final String kind, file;
        private final List<String> listed = new ArrayList<>();
        private int count;

        /** @param kind what the file is, as in "the returns file" */
        Problems(String kind, String file) {
            this.kind = kind;
            this.file = file;
        }

        void add(int row, String column, String text) {
            if (count++ < MAX_LISTED) listed.add(InputException.at(file, row, column, text).getMessage());
        }

        int count() {
            return count;
        }

        /** A number of zero or more, or null (the problem added). */
        Double nonNegative(int row, String column, String raw, String whenMissing) {
            try {
                OptionalDouble v = NumberParser.parse(raw);
                if (v.isEmpty()) {
                    add(row, column, whenMissing);
                } else if (v.getAsDouble() < 0) {
                    add(row, column, "expected zero or more, found " + raw);
                } else {
                    return v.getAsDouble();
                }
            } catch (NumberParser.NotANumber e) {
                add(row, column, e.getMessage());
            }
            return null;
        }

        void throwIfAny() {
            if (count == 0) return;
            String more = count > MAX_LISTED ? "\n... and " + (count - MAX_LISTED) + " more problems" : "";
            throw new InputException(count + (count == 1 ? " problem" : " problems") + " in " + kind + " " + file + ":\n"
                    + String.join("\n", listed) + more);
        }
    }
}
