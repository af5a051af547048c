package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.QualityIssue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads a published ERIC file (CSV or HEFS workbook), recognises its layout from its headers and maps
 * each data row to canonical measures. Subtotal rows ({@code <code> Result}, {@code Grand Total}) and blank
 * lines are skipped; aggregate-site rows are real sites and kept.
 */
public final class EricReader {
    private static final int MAX_REPORTED_ERRORS = 20;
    private final LayoutCatalogue layouts;

    public EricReader(LayoutCatalogue layouts) {
        this.layouts = layouts;
    }

    public EricDataset read(Path file) {
        if (!Files.isRegularFile(file)) throw new InputException(file + ": file not found");
        SourceTable table = readTable(file);
        EricLayout layout = layouts.match(table, isWorkbook(file) ? layouts.workbookLayouts() : layouts.csvLayouts());
        return map(table, layout, sha256(file));
    }

    private SourceTable readTable(Path file) {
        if (isWorkbook(file)) {
            List<String> sheets = WorkbookTableReader.sheetNames(file);
            for (EricLayout l : layouts.workbookLayouts()) {
                if (!sheets.contains(l.sheet())) continue;
                SourceTable t = WorkbookTableReader.read(file, l.sheet(), l.headerRow());
                if (LayoutCatalogue.missingHeaders(l, t.headers()).isEmpty()) return t;
            }
            // No workbook layout fits: read the first sheet a layout names (or the first sheet) to report what was seen.
            String sheet = layouts.workbookLayouts().stream().map(EricLayout::sheet).filter(sheets::contains)
                    .findFirst().orElse(sheets.isEmpty() ? "" : sheets.get(0));
            int headerRow = layouts.workbookLayouts().stream().filter(l -> l.sheet().equals(sheet))
                    .mapToInt(EricLayout::headerRow).findFirst().orElse(1);
            return WorkbookTableReader.read(file, sheet, headerRow);
        }
        // CSV: the header row may not be line 1 (some exports carry a section-title line first).
        SourceTable first = CsvTableReader.read(file, 1, (char) 0);
        for (EricLayout l : layouts.csvLayouts()) {
            if (l.headerRow() != 1 && LayoutCatalogue.missingHeaders(l, first.headers()).size() > 0) {
                SourceTable t = CsvTableReader.read(file, l.headerRow(), (char) 0);
                if (LayoutCatalogue.missingHeaders(l, t.headers()).isEmpty()) return t;
            }
        }
        return first;
    }

    static boolean isWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xls") || n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /** Maps a table already known to follow {@code layout}. */
    public static EricDataset map(SourceTable table, EricLayout layout, String sha256) {
        Map<String, Integer> index = headerIndex(table);
        Map<String, Integer> identity = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : layout.identity().entrySet()) {
            identity.put(e.getKey(), index.get(EricLayout.normalise(e.getValue())));
        }
        Map<String, int[]> measureColumns = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : layout.measures().entrySet()) {
            int[] cols = new int[e.getValue().size()];
            for (int i = 0; i < cols.length; i++) cols[i] = index.get(EricLayout.normalise(e.getValue().get(i)));
            measureColumns.put(e.getKey(), cols);
        }
        List<SiteRecord> records = new ArrayList<>();
        List<QualityIssue> issues = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int errorCount = 0;
        java.util.Set<String> reportedCells = new java.util.HashSet<>();
        for (SourceTable.Row row : table.rows()) {
            if (row.isBlank()) continue;
            String trustCode = cell(row, identity.get("trust_code")).trim();
            String siteCode = cell(row, identity.get("site_code")).trim();
            if (isSubtotal(trustCode) || isSubtotal(siteCode) || isSubtotal(cell(row, identity.get("trust_name")))) continue;
            if (trustCode.isEmpty()) {
                issues.add(new QualityIssue("row_without_trust_code", "", "", table.where(row.number()),
                        "Row has values but no trust code; it was not used."));
                continue;
            }
            if (row.cells().size() < table.headers().size()) {
                // A short row is usually a file cut off part-way: its missing cells read as "no value".
                issues.add(new QualityIssue("short_row", trustCode, "", table.where(row.number()),
                        "Row has " + row.cells().size() + " of " + table.headers().size()
                                + " columns (was the file cut off?); the missing cells were read as no value."));
            }
            Map<String, Double> values = new HashMap<>();
            for (Map.Entry<String, int[]> m : measureColumns.entrySet()) {
                double sum = 0;
                boolean any = false;
                for (int col : m.getValue()) {
                    String raw = row.cell(col);
                    OptionalDouble v;
                    try {
                        v = NumberParser.parse(raw);
                    } catch (NumberParser.NotANumber bad) {
                        errorCount++;
                        if (errors.size() < MAX_REPORTED_ERRORS) {
                            errors.add(table.where(row.number()) + ", column \"" + table.headers().get(col) + "\": " + bad.getMessage());
                        }
                        continue;
                    }
                    if (v.isEmpty()) continue;
                    if (v.getAsDouble() < 0) {
                        // A negative cost can be real (a rebate for recycled material); a negative quantity cannot.
                        boolean isCost = m.getKey().endsWith("_gbp");
                        if (reportedCells.add(row.number() + ":" + col)) {
                            issues.add(new QualityIssue(isCost ? "negative_cost" : "negative_value", trustCode, "",
                                    table.where(row.number()) + ", column \"" + table.headers().get(col) + "\"",
                                    "Negative value " + raw.trim() + " at site " + siteCode + (isCost
                                            ? " was kept: a negative cost can be income, e.g. a rebate for recycled material."
                                            : " is not a possible quantity and was treated as missing.")));
                        }
                        if (!isCost) continue;
                    }
                    sum += v.getAsDouble();
                    any = true;
                }
                if (any) values.put(m.getKey(), sum);
            }
            records.add(new SiteRecord(trustCode, cell(row, identity.get("trust_name")).trim(),
                    cell(row, identity.get("region")).trim(), cell(row, identity.get("trust_type")).trim(),
                    siteCode, cell(row, identity.get("site_name")).trim(), cell(row, identity.get("site_type")).trim(),
                    values, table.where(row.number())));
        }
        if (!errors.isEmpty()) {
            StringBuilder msg = new StringBuilder(errorCount + " cell(s) in " + table.displayName() + " are not numbers:");
            for (String e : errors) msg.append("\n  ").append(e);
            if (errorCount > errors.size()) msg.append("\n  … and ").append(errorCount - errors.size()).append(" more");
            throw new InputException(msg.toString());
        }
        if (records.isEmpty()) throw new InputException(table.displayName() + ": no data rows below the header row");
        if (!layout.isSiteGrain()) flagRepeatedTrusts(records, issues);
        return new EricDataset(table.displayName(), sha256, layout, table.encoding(), records, issues);
    }

    /** In a trust-level file each trust should appear once; a repeat is reported, and only the first row is used. */
    private static void flagRepeatedTrusts(List<SiteRecord> records, List<QualityIssue> issues) {
        Map<String, String> first = new HashMap<>();
        for (SiteRecord r : records) {
            String before = first.putIfAbsent(r.trustCode(), r.sourceRow());
            if (before != null) {
                issues.add(new QualityIssue("repeated_trust", r.trustCode(), "", r.sourceRow(),
                        "The trust appears again in a trust-level file (first at " + before + "); the first row is used."));
            }
        }
    }

    private static Map<String, Integer> headerIndex(SourceTable table) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            index.putIfAbsent(EricLayout.normalise(table.headers().get(i)), i);
        }
        return index;
    }

    private static String cell(SourceTable.Row row, Integer col) {
        return col == null ? "" : row.cell(col);
    }

    static boolean isSubtotal(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return v.endsWith(" result") || v.equals("result") || v.startsWith("grand total") || v.equals("total");
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
