package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellTextStructureTest {
    @TempDir
    Path dir;

    @Test
    void aTableCellsTextIsTheCellsOwnMarkedContentNotAParagraphInsideIt() throws Exception {
        Path pdf = dir.resolve("cells.pdf");
        JasperDesign design = table(false);
        PdfFiles.export(JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new java.util.HashMap<>(), rows()),
                pdf, "Cells", "Test", "2023-24");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<PDStructureElement> cells = new ArrayList<>();
            collect(d.getDocumentCatalog().getStructureTreeRoot().getKids(), "TD", cells);
            assertThat(cells).hasSize(4);
            for (PDStructureElement cell : cells) {
                assertThat(cell.getKids()).as("a cell's kids").isNotEmpty()
                        .allSatisfy(k -> assertThat(k).as("marked content, not an element").isInstanceOf(Integer.class));
            }
            List<PDStructureElement> paragraphs = new ArrayList<>();
            collect(d.getDocumentCatalog().getStructureTreeRoot().getKids(), "Text", paragraphs);
            assertThat(paragraphs).isEmpty();
            assertThat(new PDFTextStripper().getText(d)).contains("Trust A", "12.5", "Trust B", "7.25");
        }
    }

    @Test
    void anElementAfterTextInTheSameCellFailsTheReportNamingBoth() throws Exception {
        JasperDesign design = table(true);
        var print = JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new java.util.HashMap<>(), rows());
        assertThatThrownBy(() -> PdfFiles.export(print, dir.resolve("link.pdf"), "Cells", "Test", "2023-24"))
                .hasStackTraceContaining("A /TD tagged with its text as its own content cannot also hold a Link element");
    }

    private static JRMapCollectionDataSource rows() {
        return new JRMapCollectionDataSource(List.of(Map.of("name", "Trust A", "value", "12.5"), Map.of("name", "Trust B", "value", "7.25")));
    }

    private static void collect(List<Object> kids, String type, List<PDStructureElement> into) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if (type.equals(e.getStructureType())) into.add(e);
                collect(e.getKids(), type, into);
            }
        }
    }

    /**
     * A table of a row per data row, a cell for the name and one for the value; with {@code linkInCell}, the value's cell
     * also holds a link after its text.
     */
    private static JasperDesign table(boolean linkInCell) throws Exception {
        JasperDesign design = LinesReport.a4("cells", "name", "value");
        design.setProperty("net.sf.jasperreports.export.pdf.tagged", "true");
        JRDesignBand band = new JRDesignBand();
        band.setHeight(18);
        JRDesignTextField name = text("name", 0);
        name.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.table", "start");
        name.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.tr", "start");
        name.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.td", "full");
        band.addElement(name);
        if (linkInCell) {
            JRDesignFrame cell = new JRDesignFrame();
            cell.setX(200);
            cell.setWidth(300);
            cell.setHeight(18);
            cell.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.tr", "end");
            cell.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.td", "full");
            cell.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.table", "end");
            JRDesignTextField value = text("value", 0);
            cell.addElement(value);
            JRDesignTextField link = text("name", 150);
            link.setHyperlinkType(HyperlinkTypeEnum.REFERENCE);
            link.setHyperlinkReferenceExpression(new JRDesignExpression("\"https://example.org/\""));
            cell.addElement(link);
            band.addElement(cell);
        } else {
            JRDesignTextField value = text("value", 200);
            value.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.td", "full");
            value.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.tr", "end");
            value.getPropertiesMap().setProperty("net.sf.jasperreports.export.pdf.tag.table", "end");
            band.addElement(value);
        }
        ((JRDesignSection) design.getDetailSection()).addBand(band);
        return design;
    }

    private static JRDesignTextField text(String field, int x) {
        JRDesignTextField text = new JRDesignTextField();
        text.setX(x);
        text.setWidth(150);
        text.setHeight(18);
        text.setFontName("DejaVu Sans");
        text.setExpression(new JRDesignExpression("$F{" + field + "}"));
        return text;
    }
}
