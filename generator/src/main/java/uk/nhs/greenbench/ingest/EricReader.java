package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.QualityIssue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a published ERIC file (CSV or HEFS workbook), recognises its layout from its headers and maps
 * each data row to canonical measures. Subtotal rows ({@code <code> Result}, {@code Grand Total}) and blank
 * lines are skipped; aggregate-site rows are real sites and kept.
 */
public final class EricReader {
    private final LayoutCatalogue layouts;

    public EricReader(LayoutCatalogue layouts) {
        this.layouts = layouts;
    }

    /**
     * Reads a file, passing each mapped row as it is read (rows are not kept) to the sink chosen for the file's
     * layout, and returns what was found about the file.
     */
    public EricFile read(Path file, Function<EricLayout, Consumer<SiteRecord>> sinkForLayout) {
        if (!Files.isRegularFile(file)) throw new InputException(file + ": file not found");
        SourceTable table = readTable(file);
        LayoutMatch match = layouts.match(table, isWorkbook(file) ? layouts.workbookLayouts() : layouts.csvLayouts());
        EricFile read = map(table, match.layout(), sha256(file), sinkForLayout.apply(match.layout()));
        return read.withNotPublished(match.notPublished());
    }

    private SourceTable readTable(Path file) {
        if (isWorkbook(file)) {
            // The workbook is opened once, and each sheet and header row read once however many layouts name it (the
            // three HEFS layouts all read row 2 of "Site Data").
            try (WorkbookTableReader.OpenWorkbook wb = WorkbookTableReader.open(file)) {
                Map<String, SourceTable> read = new HashMap<>();
                List<String> sheets = wb.sheetNames();
                SourceTable seen = null;
                for (EricLayout l : layouts.workbookLayouts()) {
                    if (!sheets.contains(l.sheet())) continue;
                    SourceTable t = read.computeIfAbsent(l.sheet() + "|" + l.headerRow(), k -> wb.read(l.sheet(), l.headerRow()));
                    if (LayoutCatalogue.missingHeaders(l, t.headers()).isEmpty()) return t;
                    if (seen == null) seen = t;
                }
                // No workbook layout fits whole: the first sheet a layout names (for a composed layout, or to report what
                // was seen), or the workbook's first sheet.
                return seen != null ? seen : wb.read(sheets.isEmpty() ? "" : sheets.get(0), 1);
            }
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

    /** Maps a table already known to follow {@code layout}, passing each row to {@code sink}. */
    public static EricFile map(SourceTable table, EricLayout layout, String sha256, Consumer<SiteRecord> sink) {
        EricRowMapper mapper = new EricRowMapper(table, layout);
        table.rows().forEach(row -> mapper.map(row, sink));
        mapper.failOnErrors();
        if (mapper.mapped() == 0) throw new InputException(table.displayName() + ": no data rows below the header row");
        List<QualityIssue> findings = new java.util.ArrayList<>(mapper.findings());
        findings.addAll(mapper.selectAnswers());
        findings.addAll(UnreadColumns.find(table, layout, mapper.readColumns()));
        return new EricFile(table.displayName(), sha256, layout, table.encoding(), mapper.mapped(), findings);
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
