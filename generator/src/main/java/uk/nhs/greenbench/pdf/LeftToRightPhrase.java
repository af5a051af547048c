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
 * A run of text laid out in a box, as JasperReports' classic phrase does, with a shortcut for a lone image
 * ({@link PlacedImage}) and two for left-to-right text
 * with no character that could need reordering (no Hebrew, Arabic or directional marks: all of greenbench's text).
 * One plain run of text, on one line or wrapped onto several, is written by {@link PlainText}; anything else is laid
 * out by OpenPDF's {@code ColumnText} without its bidirectional pass, which ran the Unicode bidi algorithm on every
 * one of a report's thousands of text elements only to find every character left to right. The glyphs, their order and positions
 * are the same either way, and so are the PDF's bytes.
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
        int pdfAlignment = ClassicPdfUtils.toPdfAlignment(alignment);
        if (runDirection != TextDirection.RTL) {
            float yLine = PlacedImage.write(canvas, phrase, llx, lly, urx, ury, fixedLeading, multipliedLeading, pdfAlignment);
            if (!Float.isNaN(yLine)) return yLine;
        }
        boolean plainLeftToRight = runDirection == TextDirection.LTR && !needsBidi();
        if (plainLeftToRight) {
            float yLine = PlainText.write(canvas, phrase, llx, lly, urx, ury, fixedLeading, multipliedLeading, pdfAlignment);
            if (!Float.isNaN(yLine)) return yLine;
        }
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, llx, lly, urx, ury, fixedLeading, pdfAlignment);
        if (multipliedLeading != 0f) column.setLeading(fixedLeading, multipliedLeading);
        column.setRunDirection(plainLeftToRight ? PdfWriter.RUN_DIRECTION_NO_BIDI : pdfRunDirection(runDirection));
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
            case LTR -> PdfWriter.RUN_DIRECTION_LTR;
            case RTL -> PdfWriter.RUN_DIRECTION_RTL;
        };
    }

    /**
     * Whether OpenPDF's bidi pass could change any character of the phrase: one the bidi algorithm could reorder or
     * mirror (right-to-left letters and marks, Arabic digits, and the isolates U+2066–2069, which
     * {@link Bidi#requiresBidi} does not count), or one of the Arabic block, which the pass shapes.
     */
    boolean needsBidi() {
        for (Element e : phrase) {
            if (!(e instanceof Chunk chunk)) return true;
            char[] text = chunk.getContent().toCharArray();
            if (Bidi.requiresBidi(text, 0, text.length)) return true;
            for (char c : text) if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x2066 && c <= 0x2069)) return true;
        }
        return false;
    }
}
