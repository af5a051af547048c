package uk.nhs.greenbench.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Workbook} as an .xlsx package in one pass, straight to SpreadsheetML text: no document object
 * model, so a workbook costs little more than its own bytes. Parts are written in a fixed order with a fixed
 * entry time (the document date), so the same workbook always gives the same bytes.
 */
final class XlsxWriter {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Characters of sheet XML gathered before they are written out. */
    private static final int BLOCK = 1 << 16;
    private final Workbook wb;
    private final StyleTable styles = new StyleTable();
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final PackageParts parts;
    private int stringRefs;

    XlsxWriter(Workbook wb) {
        this.wb = wb;
        this.parts = new PackageParts(wb);
    }

    /**
     * Writes the package. Sheets go straight into the zip as they are turned into XML, a block at a time, so a
     * large sheet is never held as one string; the small parts they refer to follow, and the content types last.
     */
    void write(OutputStream out) throws IOException {
        List<Sheet> sheets = wb.sheets();
        // A local date-time is stored as it is: setTime(millis) would convert through the machine's time zone.
        java.time.LocalDateTime time = wb.properties().date().atStartOfDay();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // The fastest deflate level: the default level's compressing was a fifth of a workbook's CPU time (JFR),
            // for files 15% smaller.
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            StringBuilder wbRels = new StringBuilder(HEAD).append("<Relationships xmlns=\"").append(PKG_REL).append("\">");
            for (int i = 0; i < sheets.size(); i++) {
                String path = "xl/worksheets/sheet" + (i + 1) + ".xml";
                ZipEntry e = new ZipEntry(path);
                e.setTimeLocal(time);
                zip.putNextEntry(e);
                sheet(sheets.get(i), i, zip);
                sheets.get(i).release();
                zip.closeEntry();
                parts.override("/" + path, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
                wbRels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i + 1).append(".xml\"/>");
            }
            int n = sheets.size();
            wbRels.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"").append(REL).append("/styles\" Target=\"styles.xml\"/>")
                    .append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"").append(REL)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            parts.put("xl/workbook.xml", workbook(sheets));
            parts.put("xl/_rels/workbook.xml.rels", wbRels.toString());
            parts.put("xl/styles.xml", styles.xml());
            parts.put("xl/sharedStrings.xml", sharedStrings());
            parts.override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            parts.override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            parts.override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
            parts.override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            parts.override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
            for (Map.Entry<String, String> p : parts.all().entrySet()) entry(zip, p.getKey(), p.getValue(), time);
            entry(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + PKG_REL + "/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>", time);
            entry(zip, "docProps/app.xml", HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Application>greenbench</Application></Properties>", time);
            entry(zip, "docProps/core.xml", core(), time);
            entry(zip, "[Content_Types].xml", parts.contentTypes(), time);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text, java.time.LocalDateTime time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String core() {
        Workbook.Properties p = wb.properties();
        String date = p.date() + "T00:00:00Z";
        return HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + Xml.escape(p.title()) + "</dc:title><dc:subject>" + Xml.escape(p.subject()) + "</dc:subject>"
                + "<dc:creator>" + Xml.escape(p.creator()) + "</dc:creator><dc:description>" + Xml.escape(p.description())
                + "</dc:description><cp:lastModifiedBy>" + Xml.escape(p.creator()) + "</cp:lastModifiedBy>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified></cp:coreProperties>";
    }

    private String workbook(List<Sheet> sheets) {
        StringBuilder sb = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL)
                .append("\"><workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            sb.append("<sheet name=\"").append(Xml.escape(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        sb.append("</sheets>");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            if (s.autoFilterRef() != null) {
                names.add("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + i + "\" hidden=\"1\">"
                        + Xml.escape(Ref.sheet(s.name()) + "!" + absoluteRange(s.autoFilterRef())) + "</definedName>");
            }
            if (s.repeatFirst() >= 0) {
                names.add("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + i + "\">" + Xml.escape(Ref.sheet(s.name())
                        + "!$" + (s.repeatFirst() + 1) + ":$" + (s.repeatLast() + 1)) + "</definedName>");
            }
        }
        wb.names().forEach((name, ref) -> names.add("<definedName name=\"" + Xml.escape(name) + "\">" + Xml.escape(ref) + "</definedName>"));
        if (!names.isEmpty()) {
            sb.append("<definedNames>");
            names.forEach(sb::append);
            sb.append("</definedNames>");
        }
        // Cached results are written, and the file asks to be recalculated on opening all the same.
        return sb.append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>").toString();
    }

    private static String absoluteRange(String range) {
        return range.replaceAll("([A-Z]+)([0-9]+)", "\\$$1\\$$2");
    }

    /** Writes a sheet's XML to {@code out}, a block of rows at a time. */
    private void sheet(Sheet s, int index, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(HEAD).append("<worksheet xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">");
        if (s.printSetUp()) sb.append("<sheetPr><pageSetUpPr autoPageBreaks=\"1\" fitToPage=\"1\"/></sheetPr>");
        sb.append("<dimension ref=\"").append(s.dimension()).append("\"/>");
        sb.append("<sheetViews><sheetView workbookViewId=\"0\"").append(index == 0 ? " tabSelected=\"1\"" : "").append('>');
        if (s.freezeCols() > 0 || s.freezeRows() > 0) {
            String pane = s.freezeCols() > 0 && s.freezeRows() > 0 ? "bottomRight" : s.freezeRows() > 0 ? "bottomLeft" : "topRight";
            sb.append("<pane");
            if (s.freezeCols() > 0) sb.append(" xSplit=\"").append(s.freezeCols()).append('"');
            if (s.freezeRows() > 0) sb.append(" ySplit=\"").append(s.freezeRows()).append('"');
            sb.append(" topLeftCell=\"").append(Ref.cell(s.freezeRows(), s.freezeCols())).append("\" activePane=\"").append(pane)
                    .append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/>");
        }
        sb.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"" + Xml.number(RowHeights.DEFAULT_POINTS) + "\"/>");
        if (!s.widths().isEmpty()) {
            sb.append("<cols>");
            s.widths().forEach((col, w) -> sb.append("<col min=\"").append(col + 1).append("\" max=\"").append(col + 1)
                    .append("\" width=\"").append(Xml.number(w)).append("\" customWidth=\"1\"/>"));
            sb.append("</cols>");
        }
        sb.append("<sheetData>");
        s.forEachRow((r, row) -> {
            sb.append("<row r=\"").append(r + 1).append('"');
            double height = RowHeights.of(row, s.widths());
            if (height > 0) sb.append(" ht=\"").append(Xml.number(height)).append("\" customHeight=\"1\"");
            sb.append('>');
            for (int c = 0; c < row.length; c++) if (row[c] != null) cell(sb, r, c, row[c]);
            sb.append("</row>");
            if (sb.length() > BLOCK) {
                writeUtf8(out, sb);
                sb.setLength(0);
            }
        });
        sb.append("</sheetData>");
        if (s.autoFilterRef() != null) sb.append("<autoFilter ref=\"").append(s.autoFilterRef()).append("\"/>");
        if (!s.validations().isEmpty()) {
            sb.append("<dataValidations count=\"").append(s.validations().size()).append("\">");
            for (Sheet.ListValidation v : s.validations()) {
                sb.append("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"")
                        .append(Xml.escape(v.errorTitle())).append("\" error=\"").append(Xml.escape(v.error()))
                        .append("\" sqref=\"").append(Ref.cell(v.row(), v.col())).append("\"><formula1>")
                        .append(Xml.escape("\"" + String.join(",", v.values()) + "\"")).append("</formula1></dataValidation>");
            }
            sb.append("</dataValidations>");
        }
        if (s.printSetUp()) {
            sb.append("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                    .append("<pageSetup paperSize=\"9\" orientation=\"").append(s.landscape() ? "landscape" : "portrait")
                    .append("\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        }
        if (!s.rowBreaks().isEmpty()) {
            sb.append("<rowBreaks count=\"").append(s.rowBreaks().size()).append("\" manualBreakCount=\"").append(s.rowBreaks().size()).append("\">");
            for (int r : s.rowBreaks()) sb.append("<brk id=\"").append(r).append("\" max=\"16383\" man=\"1\"/>");
            sb.append("</rowBreaks>");
        }
        StringBuilder rels = new StringBuilder();
        int rel = 0;
        if (!s.charts().isEmpty()) {
            String drawing = parts.drawing(s);
            rels.append("<Relationship Id=\"rId").append(++rel).append("\" Type=\"").append(REL)
                    .append("/drawing\" Target=\"../drawings/").append(drawing).append("\"/>");
            sb.append("<drawing r:id=\"rId").append(rel).append("\"/>");
        }
        if (!s.tables().isEmpty()) {
            sb.append("<tableParts count=\"").append(s.tables().size()).append("\">");
            for (Sheet.Table t : s.tables()) {
                String table = parts.table(s, t);
                rels.append("<Relationship Id=\"rId").append(++rel).append("\" Type=\"").append(REL)
                        .append("/table\" Target=\"../tables/").append(table).append("\"/>");
                sb.append("<tablePart r:id=\"rId").append(rel).append("\"/>");
            }
            sb.append("</tableParts>");
        }
        if (rel > 0) {
            parts.put("xl/worksheets/_rels/sheet" + (index + 1) + ".xml.rels",
                    HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">" + rels + "</Relationships>");
        }
        writeUtf8(out, sb.append("</worksheet>"));
    }

    private void cell(StringBuilder sb, int row, int col, Cell c) {
        Ref.appendCell(sb.append("<c r=\""), row, col).append('"');
        int style = styles.index(c.style());
        if (style != 0) sb.append(" s=\"").append(style).append('"');
        if (c instanceof Cell.Blank) {
            sb.append("/>");
        } else if (c instanceof Cell.Text t) {
            stringRefs++;
            int id = strings.computeIfAbsent(t.value(), k -> strings.size());
            sb.append(" t=\"s\"><v>").append(id).append("</v></c>");
        } else if (c instanceof Cell.Number n) {
            sb.append("><v>").append(Xml.number(n.value())).append("</v></c>");
        } else {
            Cell.Formula formula = (Cell.Formula) c;
            String f = "<f>" + Xml.escape(formula.formula()) + "</f>";
            if (formula.cached() instanceof Double d) sb.append('>').append(f).append("<v>").append(Xml.number(d)).append("</v></c>");
            else sb.append(" t=\"str\">").append(f).append("<v>").append(Xml.escape((String) formula.cached())).append("</v></c>");
        }
    }

    private String sharedStrings() {
        StringBuilder sb = new StringBuilder(HEAD).append("<sst xmlns=\"").append(MAIN).append("\" count=\"").append(stringRefs)
                .append("\" uniqueCount=\"").append(strings.size()).append("\">");
        for (String s : strings.keySet()) {
            boolean keepSpace = !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)) || s.contains("\n"));
            sb.append("<si><t").append(keepSpace ? " xml:space=\"preserve\"" : "").append('>').append(Xml.escape(s)).append("</t></si>");
        }
        return sb.append("</sst>").toString();
    }

    /**
     * A block of XML as UTF-8, straight from its text: through an OutputStreamWriter each character of a block of
     * plain ASCII was widened to a char and encoded one by one, 3% of a national pack's CPU time (JFR).
     */
    private static void writeUtf8(OutputStream out, CharSequence xml) throws IOException {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }
}
