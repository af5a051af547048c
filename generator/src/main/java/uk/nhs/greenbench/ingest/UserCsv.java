package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

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

    private UserCsv() {
    }

    /** Column name (lower case, byte-order mark and spaces trimmed) → index; a name twice is refused. */
    public static Map<String, Integer> header(String file, CSVRecord r) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            String h = r.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (columns.put(h, i) != null) throw InputException.at(file, 1, h, "the column is in the header twice");
        }
        return columns;
    }

    /** Refuses a file once it passes {@link #MAX_ROWS} rows. */
    public static void checkRows(String file, String kind, long row) {
        if (row > MAX_ROWS) {
            throw new InputException(file + ": more than " + String.format(Locale.UK, "%,d", MAX_ROWS) + " rows, far more than any "
                    + kind + " holds (greenbench's limit): is it the right file?");
        }
    }

    /** A cell, trimmed; empty when the row is short. */
    public static String cell(CSVRecord r, Map<String, Integer> columns, String column) {
        int i = columns.get(column);
        return i < r.size() ? r.get(i).trim() : "";
    }

    public static boolean isBlank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isBlank();
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
