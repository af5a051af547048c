package uk.nhs.greenbench.pdf;

import com.lowagie.text.Phrase;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * JasperReports' classic (OpenPDF) PDF producer as greenbench's reports use it (set in jasperreports.properties):
 * streams deflated at the fastest level and most objects in compressed object streams, fixed subset tags, and text
 * laid out by {@link LeftToRightPhrase}.
 */
public final class ReportPdfProducer extends ClassicPdfProducer {

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

    /** The subset tags are fixed before the fonts are written, as they are now compressed with the rest. */
    @Override
    public void close() {
        FixedSubsetTags.fix(getPdfWriter());
        super.close();
    }

    @Override
    public PdfPhrase createPhrase() {
        return new LeftToRightPhrase(getPdfContentByte(), new Phrase());
    }

    @Override
    public PdfPhrase createPhrase(PdfChunk chunk) {
        return new LeftToRightPhrase(getPdfContentByte(), new Phrase(((ClassicChunk) chunk).getChunk()));
    }
}
