package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfUtils;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

import java.text.Bidi;

/**
 * A run of text laid out in a box, as JasperReports' classic phrase does, except that a left-to-right text with no
 * character that could need reordering (no Hebrew, Arabic or directional marks: all of greenbench's text) skips
 * OpenPDF's bidirectional pass. That pass ran the Unicode bidi algorithm on every one of a report's thousands of
 * text elements only to find every character left to right (a fifth of the text layout's time); the glyphs, their
 * order and positions are the same without it, so the PDF's bytes are too.
 */
final class LeftToRightPhrase implements PdfPhrase {
    private final PdfContentByte canvas;
    private final Phrase phrase;

    LeftToRightPhrase(PdfContentByte canvas, Phrase phrase) {
        this.canvas = canvas;
        this.phrase = phrase;
    }

    @Override
    public void add(PdfChunk chunk) {
        phrase.add(((ClassicChunk) chunk).getChunk());
    }

    @Override
    public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
            PdfTextAlignment alignment, TextDirection runDirection) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, llx, lly, urx, ury, fixedLeading, ClassicPdfUtils.toPdfAlignment(alignment));
        if (multipliedLeading != 0f) column.setLeading(fixedLeading, multipliedLeading);
        column.setRunDirection(pdfRunDirection(runDirection));
        try {
            column.go();
        } catch (DocumentException e) {
            throw new JRRuntimeException(e);
        }
        return column.getYLine();
    }

    private int pdfRunDirection(TextDirection direction) {
        return switch (direction) {
            case DEFAULT -> PdfWriter.RUN_DIRECTION_DEFAULT;
            case LTR -> needsBidi() ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
            case RTL -> PdfWriter.RUN_DIRECTION_RTL;
        };
    }

    /** Whether any character of the phrase could be reordered or mirrored by the bidi algorithm. */
    boolean needsBidi() {
        for (Element e : phrase) {
            if (!(e instanceof Chunk chunk)) return true;
            char[] text = chunk.getContent().toCharArray();
            if (Bidi.requiresBidi(text, 0, text.length)) return true;
        }
        return false;
    }
}
