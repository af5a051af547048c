package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignImage;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.type.ScaleImageEnum;
import net.sf.jasperreports.renderers.Renderable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.model.Benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Images as greenbench's reports write them: spines drawn once, with their alternative text on their tags. */
class ReportImagesTest {
    @TempDir
    Path dir;

    @Test
    void aSpineWithAlternativeTextIsDrawnWithoutTheLibrarysTransparentPixelOverIt() throws Exception {
        try (PDDocument d = Loader.loadPDF(export(false).toFile())) {
            PDPage page = d.getPage(0);
            List<String> forms = new ArrayList<>();
            for (COSName n : page.getResources().getXObjectNames()) forms.add(page.getResources().getXObject(n).getClass().getSimpleName());
            assertThat(forms).as("the page's images").containsExactly("PDFormXObject", "PDFormXObject");
            List<String> alts = new ArrayList<>();
            collectAlt(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).containsExactly("Trust 0: worst quarter", "Trust 1: worst quarter");
        }
    }

    @Test
    void aLinkedImageKeepsThePixelThatCarriesItsLink() throws Exception {
        try (PDDocument d = Loader.loadPDF(export(true).toFile())) {
            PDPage page = d.getPage(0);
            assertThat(page.getAnnotations()).hasSize(2).allSatisfy(a -> assertThat(a).isInstanceOf(PDAnnotationLink.class));
            List<String> images = new ArrayList<>();
            for (COSName n : page.getResources().getXObjectNames()) images.add(page.getResources().getXObject(n).getClass().getSimpleName());
            assertThat(images).as("the spines and the pixel").contains("PDImageXObject").hasSize(3);
        }
    }

    private static void collectAlt(List<Object> kids, List<String> into) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getAlternateDescription() != null) into.add(e.getAlternateDescription());
                collectAlt(e.getKids(), into);
            }
        }
    }

    /** A tagged report of two spines with alternative text, linked or not. */
    private Path export(boolean linked) throws Exception {
        JasperDesign design = LinesReport.a4("spines");
        design.setProperty("net.sf.jasperreports.export.pdf.tagged", "true");
        JRDesignField field = new JRDesignField();
        field.setName("spine");
        field.setValueClass(Renderable.class);
        design.addField(field);
        JRDesignField alt = new JRDesignField();
        alt.setName("alt");
        alt.setValueClass(String.class);
        design.addField(alt);
        JRDesignImage image = new JRDesignImage(design);
        image.setWidth(92);
        image.setHeight(12);
        image.setScaleImage(ScaleImageEnum.CLIP);
        image.setExpression(new JRDesignExpression("$F{spine}"));
        image.setHyperlinkTooltipExpression(new JRDesignExpression("$F{alt}"));
        if (linked) {
            image.setHyperlinkType(HyperlinkTypeEnum.REFERENCE);
            image.setHyperlinkReferenceExpression(new JRDesignExpression("\"https://example.org/\""));
        }
        JRDesignBand band = new JRDesignBand();
        band.setHeight(16);
        band.addElement(image);
        ((JRDesignSection) design.getDetailSection()).addBand(band);

        Benchmark peers = new Benchmark(50, 100.0, 80.0, 130.0, 0.2, 40, "peer group", "Acute", 40.0, 260.0);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            rows.add(Map.of("spine", SpineChart.of(210.0, peers, true, QuartilePosition.WORST), "alt", "Trust " + i + ": worst quarter"));
        }
        Path pdf = dir.resolve(linked ? "linked.pdf" : "spines.pdf");
        PdfFiles.export(JasperFillManager.fillReport(JasperCompileManager.compileReport(design), new HashMap<>(),
                new JRMapCollectionDataSource(rows)), pdf, "Spines", "Test", "2023-24");
        return pdf;
    }
}
