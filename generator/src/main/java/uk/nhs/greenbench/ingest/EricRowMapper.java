package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.BoundedFindings;
import uk.nhs.greenbench.quality.QualityIssue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * Maps the data rows of a table in a known layout to {@link SiteRecord}s, one row at a time. Each cell a measure
 * uses is parsed once per row; cells that are not numbers are collected (the first few with their place) and
 * reported together when the file has been read, so one run shows the reader every fault to fix.
 */
final class EricRowMapper {
    private static final int MAX_REPORTED_ERRORS = 20;
    /** Findings of one kind listed one by one per file; beyond this they are counted. */
    static final int FINDINGS_PER_KIND = 1000;

    private final SourceTable table;
    private final EricLayout layout;
    private final Map<String, Integer> identity = new LinkedHashMap<>();
    private final Map<String, int[]> measureColumns = new LinkedHashMap<>();
    private final int[] parsedColumns;
    private final double[] parsed;
    private final java.util.Set<Integer> readColumns;
    /** Derived measure → the column it reads. */
    private final Map<String, Integer> derivedColumns = new LinkedHashMap<>();
    /** Select column header → each answer as published → how many sites gave it. */
    private final Map<String, Map<String, Integer>> answers = new java.util.TreeMap<>();
    private final BoundedFindings findings;
    private final List<String> errors = new ArrayList<>();
    private final Map<String, String> firstRowOfTrust = new HashMap<>();
    /** The sites of the trust whose block of rows is being read (ERIC lists a trust's sites together), by site code. */
    private final Map<String, Integer> sitesOfTrust = new HashMap<>();
    private final java.util.Set<String> trustsRead = new java.util.HashSet<>();
    private String currentTrust;
    private int errorCount;
    private long mapped;

    EricRowMapper(SourceTable table, EricLayout layout) {
        this.table = table;
        this.layout = layout;
        this.findings = new BoundedFindings(table.displayName(), FINDINGS_PER_KIND);
        HeaderColumns columns = new HeaderColumns(table, layout);
        for (Map.Entry<String, String> e : layout.identity().entrySet()) identity.put(e.getKey(), columns.column(e.getValue()));
        TreeSet<Integer> used = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : layout.measures().entrySet()) {
            int[] cols = new int[e.getValue().size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = columns.column(e.getValue().get(i));
                used.add(cols[i]);
            }
            // Interned, as the indicators' measure names are: a site's measures are looked up by name for every
            // indicator, and the same instance makes each look-up an identity check rather than a comparison of text.
            measureColumns.put(e.getKey().intern(), cols);
        }
        for (Map.Entry<String, EricLayout.Derived> e : layout.derived().entrySet()) {
            if (e.getValue().header() != null) derivedColumns.put(e.getKey().intern(), columns.column(e.getValue().header()));
        }
        readColumns = columns.used();
        parsedColumns = used.stream().mapToInt(Integer::intValue).toArray();
        parsed = new double[parsedColumns.length == 0 ? 0 : parsedColumns[parsedColumns.length - 1] + 1];
    }

    /** Spreadsheet column letters of a 0-based column: 0 → A, 26 → AA. */
    static String columnLetter(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) sb.insert(0, (char) ('A' + (n - 1) % 26));
        return sb.toString();
    }

    /** Maps one row; a row that is blank, a subtotal or without a trust code gives nothing. */
    void map(SourceTable.Row row, java.util.function.Consumer<SiteRecord> sink) {
        if (row.isBlank()) return;
        String trustCode = cell(row, "trust_code").trim();
        String siteCode = cell(row, "site_code").trim();
        if (EricReader.isSubtotal(trustCode) || EricReader.isSubtotal(siteCode) || EricReader.isSubtotal(cell(row, "trust_name"))) return;
        String where = table.where(row.number());
        if (trustCode.isEmpty()) {
            findings.add(new QualityIssue("row_without_trust_code", "", "", where, "Row has values but no trust code; it was not used."));
            return;
        }
        if (layout.isSiteGrain() && isRepeatedSite(trustCode, siteCode, row.number(), where)) return;
        if (row.cells().size() < table.headers().size()) {
            // A short row is usually a file cut off part-way: its missing cells read as "no value".
            findings.add(new QualityIssue("short_row", trustCode, "", where, "Row has " + row.cells().size() + " of "
                    + table.headers().size() + " columns (was the file cut off?); the missing cells were read as no value."));
        }
        double[] cells = parseCells(row, where);
        Map<String, Double> values = new HashMap<>();
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (Map.Entry<String, int[]> m : measureColumns.entrySet()) {
            boolean isCost = m.getKey().endsWith("_gbp");
            double sum = 0;
            boolean any = false;
            for (int col : m.getValue()) {
                double v = cells[col];
                if (Double.isNaN(v)) continue;
                if (v < 0) {
                    // A negative cost can be real (a rebate for recycled material); a negative quantity cannot.
                    if (reported.add(col)) {
                        findings.add(new QualityIssue(isCost ? "negative_cost" : "negative_value", trustCode, "",
                                where + ", column \"" + table.headers().get(col) + "\"",
                                "Negative value " + row.cell(col).trim() + " at site " + siteCode + (isCost
                                        ? " was kept: a negative cost can be income, e.g. a rebate for recycled material."
                                        : " is not a possible quantity and was treated as missing.")));
                    }
                    if (!isCost) continue;
                }
                sum += v;
                any = true;
            }
            if (any) values.put(m.getKey(), sum);
        }
        derive(row, values, where);
        if (!layout.isSiteGrain()) flagRepeatedTrust(trustCode, where);
        mapped++;
        sink.accept(new SiteRecord(trustCode, cell(row, "trust_name").trim(), cell(row, "region").trim(),
                cell(row, "trust_type").trim(), siteCode, cell(row, "site_name").trim(), cell(row, "site_type").trim(),
                values, where));
    }

    /** Adds the layout's derived measures of one site to its values (a blank cell gives no value, as for any measure). */
    private void derive(SourceTable.Row row, Map<String, Double> values, String where) {
        java.util.Set<Integer> answered = new java.util.HashSet<>();
        for (Map.Entry<String, EricLayout.Derived> e : layout.derived().entrySet()) {
            EricLayout.Derived d = e.getValue();
            if (d.isPerSite()) {
                values.put(e.getKey().intern(), 1.0);
                continue;
            }
            Integer col = derivedColumns.get(e.getKey());
            String raw = col == null ? "" : row.cell(col).trim();
            if (d.isSelect()) {
                if (raw.isEmpty()) continue;
                // Several measures may read one Select column: its answer is counted once per site.
                if (answered.add(col)) answers.computeIfAbsent(table.headers().get(col).trim(), k -> new java.util.TreeMap<>()).merge(raw, 1, Integer::sum);
                boolean counted = d.whenIn().contains(raw);
                Double weight = d.weight() == null ? Double.valueOf(1) : values.get(d.weight());
                if (weight != null) values.put(e.getKey().intern(), counted ? weight : 0.0);
                continue;
            }
            OptionalDouble v;
            try {
                v = NumberParser.parse(raw);
            } catch (NumberParser.NotANumber bad) {
                errorCount++;
                if (errors.size() < MAX_REPORTED_ERRORS) errors.add(where + ", column \"" + table.headers().get(col) + "\": " + bad.getMessage());
                continue;
            }
            if (v.isEmpty()) continue;
            if (d.atLeast() != null) {
                values.put(e.getKey().intern(), v.getAsDouble() >= d.atLeast() ? 1.0 : 0.0);
            } else {
                Double of = values.get(d.percentOf());
                if (of != null) values.put(e.getKey().intern(), of * v.getAsDouble() / 100);
            }
        }
    }

    /**
     * Each Select column's answers as published, once each with how many sites gave it, so that a new answer (which no
     * derived measure counts) is seen.
     */
    List<QualityIssue> selectAnswers() {
        List<QualityIssue> out = new ArrayList<>();
        answers.forEach((header, counts) -> {
            List<String> listed = new ArrayList<>();
            counts.forEach((a, n) -> listed.add("\"" + a + "\" (" + n + (n == 1 ? " site" : " sites") + ")"));
            out.add(new QualityIssue("select_answers", "", "", table.displayName() + ", column \"" + header + "\"",
                    "Answers as published: " + String.join(", ", listed) + "."));
        });
        return out;
    }

    /**
     * The value of every cell a measure uses, by column, NaN where it holds none; faults are recorded, not thrown. The
     * array is this mapper's own, reused row after row (a million-row file would otherwise make a map per row).
     */
    private double[] parseCells(SourceTable.Row row, String where) {
        double[] out = parsed;
        for (int col : parsedColumns) {
            String raw = row.cell(col);
            out[col] = Double.NaN;
            try {
                OptionalDouble v = NumberParser.parse(raw);
                if (v.isPresent()) out[col] = v.getAsDouble();
            } catch (NumberParser.NotANumber bad) {
                errorCount++;
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(where + ", column \"" + table.headers().get(col) + "\": " + bad.getMessage());
                }
            }
        }
        return out;
    }

    /** In a trust-level file each trust should appear once; a repeat is reported, and only the first row is used. */
    /**
     * Whether a site row repeats a site already read for its trust: it is listed and not added again (adding it would
     * double the site). Checked within the trust's block of rows, so memory holds one trust's sites, not the file's.
     */
    private boolean isRepeatedSite(String trustCode, String siteCode, int rowNumber, String where) {
        if (!trustCode.equals(currentTrust)) {
            if (currentTrust != null) trustsRead.add(currentTrust);
            if (trustsRead.contains(trustCode)) {
                findings.add(new QualityIssue("trust_rows_apart", trustCode, "", where, "The trust's rows are not together in the file (ERIC "
                        + "lists a trust's sites together); its sites are added, but a site repeated across the two blocks would not be noticed."));
            }
            currentTrust = trustCode;
            sitesOfTrust.clear();
        }
        if (siteCode.isEmpty()) return false;
        Integer first = sitesOfTrust.putIfAbsent(siteCode, rowNumber);
        if (first == null) return false;
        findings.add(new QualityIssue("repeated_site", trustCode, "", where, "Site " + siteCode + " appears again for the trust (first on row "
                + first + "); the repeated row was not added, so the site is not counted twice."));
        return true;
    }

    private void flagRepeatedTrust(String trustCode, String where) {
        String before = firstRowOfTrust.putIfAbsent(trustCode, where);
        if (before != null) {
            findings.add(new QualityIssue("repeated_trust", trustCode, "", where,
                    "The trust appears again in a trust-level file (first at " + before + "); the first row is used."));
        }
    }

    /** Throws if any cell was not a number, listing where. */
    void failOnErrors() {
        if (errors.isEmpty()) return;
        StringBuilder msg = new StringBuilder(errorCount + " cell(s) in " + table.displayName() + " are not numbers:");
        for (String e : errors) msg.append("\n  ").append(e);
        if (errorCount > errors.size()) msg.append("\n  … and ").append(errorCount - errors.size()).append(" more");
        throw new InputException(msg.toString());
    }

    /** The columns the layout reads (identity and measures). */
    java.util.Set<Integer> readColumns() {
        return readColumns;
    }

    long mapped() {
        return mapped;
    }

    List<QualityIssue> findings() {
        return findings.list();
    }

    private String cell(SourceTable.Row row, String role) {
        Integer col = identity.get(role);
        return col == null ? "" : row.cell(col);
    }
}
