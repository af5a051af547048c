package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tagging of tables that run over pages, as an area report's members on an indicator do: a heading and a header row
 * printed again on every page, and a page footer.
 */
class ReportTagHelperTest {
    private static final String TAG = "net.sf.jasperreports.export.pdf.tag.";

    @TempDir
    static Path dir;
    private static Map<String, Integer> pairs;
    private static int pages;
    private static String text;

    @BeforeAll
    static void exportTwoIndicatorsOfAHundredRowsEach() throws Exception {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String indicator : List.of("Energy use", "Water use")) {
            for (int i = 0; i < 100; i++) rows.add(Map.of("indicator", indicator, "member", "Trust " + i));
        }
        Path pdf = dir.resolve("tables.pdf");
        PdfFiles.export(JasperFillManager.fillReport(JasperCompileManager.compileReport(design()), new HashMap<>(),
                new JRMapCollectionDataSource(rows)), pdf, "Tables", "Test", "2023-24");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pages = d.getNumberOfPages();
            pairs = new TreeMap<>();
            walk(d.getDocumentCatalog().getStructureTreeRoot().getKids(), "root", pairs);
            text = new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aTableRunningOverPagesIsOneTableAndTheReportsHeadingsStayOutsideIt() {
        assertThat(pages).as("pages: each table runs over two or more").isGreaterThanOrEqualTo(4);
        assertThat(pairs).containsEntry("All>Table", 2).containsEntry("All>H3", 2)
                .doesNotContainKeys("Table>H3", "Table>Text", "Table>Table", "Table>Span", "H3>Span");
        assertThat(pairs).as("a header row and the data rows: the header rows printed again are artifacts")
                .containsEntry("Table>TR", 2 + 200).containsEntry("TR>TH", 2).containsEntry("TR>TD", 200);
    }

    @Test
    void thePageFooterIsAnArtifactNotText() {
        assertThat(text).as("still on the page").contains("Page 1", "Page " + pages);
        // Every other text here is a heading's or a cell's own content: any Text element would be the footer.
        assertThat(pairs.keySet()).noneMatch(pair -> pair.endsWith(">Text"));
    }

    /**
     * A trust report's opportunities table closes in the column footer, after the readiness section's heading has
     * printed: that heading is the report's content, not a reprint, so it stays a heading, and the table ends before it
     * (the library put the heading inside the table); the footer's end, with no table left open, is dropped.
     */
    @Test
    void aHeadingOfAnotherPartPrintedWhileATableIsOpenEndsTheTableAndStaysAHeading() throws Exception {
        JasperDesign design = LinesReport.a4("open", "indicator", "member");
        design.setProperty("net.sf.jasperreports.export.pdf.tagged", "true");
        JRDesignTextField th = text("\"Member\"", TAG + "th", "full");
        th.getPropertiesMap().setProperty(TAG + "tr", "full");
        th.getPropertiesMap().setProperty(TAG + "table", "start");
        design.setColumnHeader(band(th, 20));
        JRDesignTextField td = text("$F{member}", TAG + "td", "full");
        td.getPropertiesMap().setProperty(TAG + "tr", "full");
        ((JRDesignSection) design.getDetailSection()).addBand(band(td, 20));
        design.setColumnFooter(band(text("\" \"", TAG + "table", "end"), 20));
        JRDesignGroup part = new JRDesignGroup();
        part.setName("part");
        part.setExpression(expression("$F{indicator}"));
        ((JRDesignSection) part.getGroupFooterSection()).addBand(band(text("\"Net Zero readiness\"", TAG + "h2", "full"), 20));
        design.addGroup(part);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) rows.add(Map.of("indicator", "Energy use", "member", "Trust " + i));
        Path pdf = dir.resolve("open.pdf");
        PdfFiles.export(JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new HashMap<>(),
                new JRMapCollectionDataSource(rows)), pdf, "Open", "Test", "2023-24");
        Map<String, Integer> open = new TreeMap<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            walk(d.getDocumentCatalog().getStructureTreeRoot().getKids(), "root", open);
        }
        assertThat(open).containsEntry("All>H2", 1).containsEntry("All>Table", 1).containsEntry("Table>TR", 1 + 5)
                .containsEntry("TR>TD", 5).doesNotContainKeys("Table>H2", "Table>Text");
    }

    /** Counts each parent>child pair of structure types under the kids. */
    private static void walk(List<Object> kids, String parent, Map<String, Integer> into) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                into.merge(parent + ">" + e.getStructureType(), 1, Integer::sum);
                walk(e.getKids(), e.getStructureType(), into);
            }
        }
    }

    /** A group per indicator, its heading and header row printed again on each page; a row per member; a page footer. */
    private static JasperDesign design() throws Exception {
        JasperDesign design = LinesReport.a4("tables", "indicator", "member");
        design.setProperty("net.sf.jasperreports.export.pdf.tagged", "true");
        JRDesignGroup group = new JRDesignGroup();
        group.setName("indicator");
        group.setExpression(expression("$F{indicator}"));
        group.setReprintHeaderOnEachPage(true);
        JRDesignBand heading = band(text("$F{indicator}", TAG + "h3", "full"), 20);
        JRDesignTextField th = text("\"Member\"", TAG + "th", "full");
        th.getPropertiesMap().setProperty(TAG + "tr", "full");
        th.getPropertiesMap().setProperty(TAG + "table", "start");
        ((JRDesignSection) group.getGroupHeaderSection()).addBand(heading);
        ((JRDesignSection) group.getGroupHeaderSection()).addBand(band(th, 20));
        ((JRDesignSection) group.getGroupFooterSection()).addBand(band(text("\" \"", TAG + "table", "end"), 20));
        design.addGroup(group);
        JRDesignTextField td = text("$F{member}", TAG + "td", "full");
        td.getPropertiesMap().setProperty(TAG + "tr", "full");
        ((JRDesignSection) design.getDetailSection()).addBand(band(td, 20));
        design.setPageFooter(band(text("\"Page \" + $V{PAGE_NUMBER}", null, null), 20));
        return design;
    }

    private static JRDesignBand band(JRDesignTextField field, int height) {
        JRDesignBand band = new JRDesignBand();
        band.setHeight(height);
        band.addElement(field);
        return band;
    }

    private static JRDesignTextField text(String expression, String tag, String value) {
        JRDesignTextField text = new JRDesignTextField();
        text.setWidth(515);
        text.setHeight(18);
        text.setFontName("DejaVu Sans");
        text.setExpression(expression(expression));
        if (tag != null) text.getPropertiesMap().setProperty(tag, value);
        return text;
    }

    private static JRExpression expression(String text) {
        return new JRDesignExpression(text);
    }
}
