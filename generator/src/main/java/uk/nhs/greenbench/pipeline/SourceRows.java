package uk.nhs.greenbench.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the "file, row N" references of the rows behind a figure and writes them compactly:
 * {@code ERIC_Site.csv rows 12-15,873}. Runs of consecutive rows are merged as they arrive, so a trust's rows
 * in a file sorted by trust (as ERIC is published) cost one range however many there are; past
 * {@link #MAX_RANGES} separate ranges in one file the rest are counted rather than listed.
 */
public final class SourceRows {
    static final int MAX_RANGES = 500;
    private final Map<String, Ranges> byFile = new LinkedHashMap<>();

    /** A reference of the form {@code file, row N} taken apart: made once per row read, not once per indicator. */
    public record Ref(String file, int row) {
        /** The parts of {@code file, row N}, or null for other text. */
        public static Ref parse(String ref) {
            int at = ref.lastIndexOf(", row ");
            if (at < 0) return null;
            return new Ref(ref.substring(0, at), Integer.parseInt(ref.substring(at + 6).trim()));
        }
    }

    /** Adds a reference of the form {@code file, row N}; other text is ignored. */
    public void add(String ref) {
        add(Ref.parse(ref));
    }

    /** Adds a reference already taken apart; null is ignored. */
    public void add(Ref ref) {
        if (ref == null) return;
        byFile.computeIfAbsent(ref.file(), k -> new Ranges()).add(ref.row());
    }

    /** Adds every row another collection listed (rows it only counted are not carried over). */
    public void addAll(SourceRows other) {
        for (Map.Entry<String, Ranges> e : other.byFile.entrySet()) {
            Ranges into = byFile.computeIfAbsent(e.getKey(), k -> new Ranges());
            Ranges from = e.getValue();
            for (int i = 0; i < from.size; i++) for (int row = from.starts[i]; row <= from.ends[i]; row++) into.add(row);
        }
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Ranges> e : byFile.entrySet()) parts.add(e.getKey() + e.getValue());
        return String.join("; ", parts);
    }

    /** Ascending, merged row ranges of one file. */
    private static final class Ranges {
        private int[] starts = new int[4], ends = new int[4];
        private int size, rows, unlisted;

        void add(int row) {
            rows++;
            if (size > 0 && row == ends[size - 1] + 1) {
                ends[size - 1] = row;
            } else if (size > 0 && row <= ends[size - 1]) {
                insert(row);
            } else if (size < MAX_RANGES) {
                append(row, row);
            } else {
                unlisted++;
            }
        }

        /** A row that arrives out of order (rows of several files or sheets interleaved): rare, so kept simple. */
        private void insert(int row) {
            List<int[]> all = new ArrayList<>();
            for (int i = 0; i < size; i++) all.add(new int[]{starts[i], ends[i]});
            all.add(new int[]{row, row});
            all.sort((a, b) -> Integer.compare(a[0], b[0]));
            size = 0;
            for (int[] r : all) {
                if (size > 0 && r[0] <= ends[size - 1] + 1) ends[size - 1] = Math.max(ends[size - 1], r[1]);
                else if (size < MAX_RANGES) append(r[0], r[1]);
                else unlisted += r[1] - r[0] + 1;
            }
        }

        private void append(int start, int end) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(rows == 1 ? " row " : " rows ");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(',');
                sb.append(starts[i]);
                if (ends[i] > starts[i]) sb.append('-').append(ends[i]);
            }
            if (unlisted > 0) sb.append(" and ").append(unlisted).append(" further rows not listed");
            return sb.toString();
        }
    }
}
