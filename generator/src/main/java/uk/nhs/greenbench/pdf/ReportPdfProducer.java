package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import java.io.IOException;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * JasperReports' classic (OpenPDF) PDF producer as greenbench's reports use it (set in jasperreports.properties):
 * streams deflated at the fastest level and most objects in compressed object streams, fixed subset tags, text
 * laid out by {@link LeftToRightPhrase}, each font looked up once per report, spine charts drawn without a Graphics2D
 * canvas ({@link SpineOnPdf}), nothing drawn for the library's bare {@link TransparentPixel}, and the text of table
 * cells and headings tagged as their own content ({@link CellTextStructure}).
 */
public final class ReportPdfProducer extends ClassicPdfProducer {
    private final TransparentPixel pixel = new TransparentPixel();
    /** The fonts this report's text and charts asked for, by their text attributes and locale. */
    private final Map<FontKey, Font> fonts = new HashMap<>();

    private record FontKey(Map<Attribute, Object> attributes, Locale locale) {
    }

    private CellTextStructure structure;

    /** Makes the producer for each export. */
    public static final class Factory implements PdfProducerFactory {
        @Override
        public net.sf.jasperreports.pdf.common.PdfProducer createProducer(PdfProducerContext context) {
            return new ReportPdfProducer(context);
        }
    }

    private ReportPdfProducer(PdfProducerContext context) {
        super(context);
    }

    /**
     * At the library's default level compressing the streams was about a third of a report's CPU time (JFR, native
     * samples), for files about 6% smaller.
     */
    @Override
    public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
        PdfDocumentWriter writer = super.createWriter(os);
        getPdfWriter().setCompressionLevel(Deflater.BEST_SPEED);
        // Dictionaries in compressed object streams and the cross-reference table as a stream: a report is about a
        // thousand structure elements, and OpenPDF formats each entry of a plain table with String.format (11% of a
        // report's CPU time); the files are about 40% smaller.
        getPdfWriter().setFullCompression();
        return writer;
    }

    @Override
    public PdfStructure getPdfStructure() {
        if (structure == null) structure = new CellTextStructure(this);
        return structure;
    }

    /** The subset tags are fixed before the fonts are written, as they are now compressed with the rest. */
    @Override
    public void close() {
        FixedSubsetTags.fix(getPdfWriter());
        super.close();
    }

    /**
     * The library resolves a font afresh for every text chunk and chart label (its font family, face, file and a new
     * OpenPDF font: about 4% of a report's CPU time); a report asks for a dozen distinct ones thousands of times.
     * The fonts it returns are only read after.
     */
    @Override
    public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
        Font font = fonts.get(new FontKey(attributes, locale));
        if (font == null) {
            font = super.getFont(attributes, locale);
            if (font != null) fonts.put(new FontKey(new HashMap<>(attributes), locale), font);
        }
        return font;
    }

    /** A spine chart is drawn into its form directly; anything else through the library's Graphics2D canvas. */
    @Override
    public PdfImage drawImage(JRPrintImage image, Graphics2DRenderable renderer, boolean forceSvgShapes, double renderWidth,
            double renderHeight) throws JRException, IOException {
        if (!(renderer instanceof SpineChart spine)) {
            return super.drawImage(image, renderer, forceSvgShapes, renderWidth, renderHeight);
        }
        return SpineOnPdf.image(getPdfContentByte(), image, spine, renderWidth, renderHeight);
    }

    @Override
    public PdfPhrase createPhrase() {
        return new LeftToRightPhrase(getPdfContentByte(), new Phrase());
    }

    @Override
    public PdfImage createImage(byte[] data, boolean verify) throws IOException, JRException {
        PdfImage image = super.createImage(data, verify);
        pixel.made(data, ((ClassicImage) image).getImage());
        return image;
    }

    @Override
    public PdfPhrase createPhrase(PdfChunk chunk) {
        Chunk c = ((ClassicChunk) chunk).getChunk();
        if (pixel.isBare(c)) return TransparentPixel.NOTHING;
        return new LeftToRightPhrase(getPdfContentByte(), new Phrase(c));
    }
}
