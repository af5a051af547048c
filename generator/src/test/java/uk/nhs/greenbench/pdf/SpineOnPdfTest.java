package uk.nhs.greenbench.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.model.Benchmark;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SpineOnPdfTest {
    private static final float W = 92, H = 12;

    /**
     * The same spines drawn through OpenPDF's Graphics2D canvas (page 1) and straight into the PDF (page 2), rendered by
     * PDFBox at 600 dpi: the same pixels but for the edges' anti-aliasing (about 2% of them; a rectangle a tenth short differs in 16%).
     */
    @Test
    void aSpineDrawnStraightIntoThePdfLooksAsTheGraphics2DOneDoes() throws Exception {
        Benchmark peers = new Benchmark(50, 100.0, 80.0, 130.0, 0.2, 40, "peer group", "Acute", 40.0, 260.0);
        SpineChart[] spines = {
                SpineChart.of(210.0, peers, true, QuartilePosition.WORST),
                SpineChart.of(70.0, peers, true, QuartilePosition.BEST),
                SpineChart.of(120.0, peers, false, QuartilePosition.BETTER),
                SpineChart.of(100.0, peers.unranked(), true, QuartilePosition.MEDIAN),
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(W + 8, spines.length * (H + 4) + 4));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte page = writer.getDirectContent();
        Rectangle2D area = new Rectangle2D.Double(0, 0, W, H);
        for (int i = 0; i < spines.length; i++) {
            PdfTemplate form = page.createTemplate(W, H);
            Graphics2D g = form.createGraphics(W, H);
            spines[i].render(null, g, area);
            g.dispose();
            page.addTemplate(form, 4, 4 + i * (H + 4));
        }
        doc.newPage();
        for (int i = 0; i < spines.length; i++) {
            PdfTemplate form = page.createTemplate(W, H);
            spines[i].drawOn(new SpineOnPdf(form, H), area);
            page.addTemplate(form, 4, 4 + i * (H + 4));
        }
        doc.close();

        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(d);
            BufferedImage viaGraphics = renderer.renderImageWithDPI(0, 600), direct = renderer.renderImageWithDPI(1, 600);
            int drawn = 0, differing = 0;
            for (int y = 0; y < direct.getHeight(); y++) {
                for (int x = 0; x < direct.getWidth(); x++) {
                    int a = viaGraphics.getRGB(x, y), b = direct.getRGB(x, y);
                    if (a != 0xFFFFFFFF) drawn++;
                    if (channelGap(a, b) > 12) differing++;
                }
            }
            assertThat(drawn).as("pixels the spines cover").isGreaterThan(10_000);
            assertThat(differing).as("pixels that differ by more than 12 in a channel").isLessThan(drawn / 20);
        }
    }

    private static int channelGap(int a, int b) {
        int gap = 0;
        for (int shift = 0; shift <= 16; shift += 8) gap = Math.max(gap, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        return gap;
    }
}
