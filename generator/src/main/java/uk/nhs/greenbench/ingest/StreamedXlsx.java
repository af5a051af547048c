package uk.nhs.greenbench.ingest;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sheets of an .xlsx workbook by parsing their XML as a stream (Apache POI's event API), giving the same
 * text as the full workbook model would ({@link WorkbookTableReader#text}): numbers in full precision, shared and
 * inline strings as written, booleans as TRUE/FALSE, errors as #ERROR, a formula by its cached result. Loading a
 * DESNZ flat file into POI's full model (every cell an XML object) was 4% of the national pack's CPU time, on the
 * critical path of reading a year. What it cannot give exactly as the model would (an ISO date cell, a formula without
 * its cached result, an array formula, an empty value, a package with no worksheets) makes it give up, and the caller
 * reads the workbook with the full model instead.
 */
final class StreamedXlsx implements AutoCloseable {
    /** A cell this reader cannot turn into the text the full model would give. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what);
        }
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final List<String> sheetNames;

    StreamedXlsx(Path file) throws Exception {
        pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg, false); // as the full model: phonetic runs left out
            sheetNames = names(reader);
            // An .docx or other package named .xlsx has no sheets here: the full model says what it is.
            if (sheetNames.isEmpty()) throw new Unsupported("no worksheets");
        } catch (Exception | Error e) {
            pkg.revert();
            throw e;
        }
    }

    /** The workbook's sheet names, in order. */
    List<String> sheetNames() {
        return sheetNames;
    }

    private static List<String> names(XSSFReader reader) throws Exception {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        return List.copyOf(names);
    }

    /** The named sheet's cells (the first whose name matches ignoring case, as the full model finds it), or null. */
    SheetGrid sheet(String name) throws Exception {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                if (!it.getSheetName().equalsIgnoreCase(name)) continue;
                Cells cells = new Cells();
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(cells);
                try {
                    xml.parse(new InputSource(in));
                } catch (UnsupportedCell e) {
                    throw new Unsupported(e.getMessage());
                }
                return cells.grid;
            }
        }
        return null;
    }

    @Override
    public void close() {
        pkg.revert(); // opened to read: nothing to save
    }

    /** Thrown out of the parser to stop it. */
    private static final class UnsupportedCell extends org.xml.sax.SAXException {
        UnsupportedCell(String what) {
            super(what);
        }
    }

    /** Collects a sheet's cells from its XML: {@code <row r><c r t><v>…</v></c>…</row>}. */
    private final class Cells extends DefaultHandler {
        final SheetGrid grid = new SheetGrid();
        private List<String> row;
        private int rowIndex = -1, column = -1;
        private String type;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue, inInline, inInlineText, inPhonetic, hasValue, hasFormula;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws UnsupportedCell {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    row = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    column = r == null ? column + 1 : columnOf(r);
                    type = atts.getValue("t");
                    value.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                    if (type != null && !type.equals("n") && !type.equals("s") && !type.equals("str") && !type.equals("inlineStr")
                            && !type.equals("b") && !type.equals("e")) {
                        throw new UnsupportedCell("cell type " + type);
                    }
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "t" -> inInlineText = inInline;
                case "f" -> {
                    hasFormula = true;
                    // Cells of an array formula's range have no formula or value of their own: the model gives them 0.
                    if ("array".equals(atts.getValue("t"))) throw new UnsupportedCell("an array formula");
                }
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws UnsupportedCell {
            switch (name(localName, qName)) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    // The full model gives a formula without a cached result, an empty value, or a boolean or error
                    // without one as 0, FALSE, #ERROR or "" by its type: those go to the model.
                    if (hasFormula && !hasValue) throw new UnsupportedCell("a formula without its result");
                    if (hasValue && value.length() == 0 && !"s".equals(type) && !"inlineStr".equals(type) && !"str".equals(type)) {
                        throw new UnsupportedCell("an empty value");
                    }
                    if (!hasValue && ("b".equals(type) || "e".equals(type))) throw new UnsupportedCell("a " + type + " cell without its value");
                    while (row.size() < column) row.add("");
                    if (column < row.size()) row.set(column, text());
                    else row.add(text());
                }
                case "row" -> grid.put(rowIndex, row);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || (inInlineText && !inPhonetic)) value.append(ch, start, length);
        }

        private String text() {
            if (!hasValue) return "";
            String v = value.toString();
            if (type == null || type.equals("n")) return v.isEmpty() ? "" : NumberToTextConverter.toText(Double.parseDouble(v));
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(v.trim())).getString();
                case "inlineStr" -> new XSSFRichTextString(v).getString();
                case "b" -> v.equals("1") ? "TRUE" : "FALSE";
                case "e" -> "#ERROR";
                default -> new XSSFRichTextString(v).getString(); // str: a formula's text result, escapes decoded
            };
        }
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) return localName;
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** 0-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') break;
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }
}
