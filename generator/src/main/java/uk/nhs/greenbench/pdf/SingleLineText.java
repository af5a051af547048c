package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.util.Map;

/**
 * Writes a phrase that is one plain run of text fitting on one line of its box, with exactly the operators OpenPDF's
 * {@code ColumnText} writes for it (begin text, text matrix, font, colour, the string, end text), at the same
 * position computed in the same float arithmetic: so the PDF's bytes are the same. Most of a report's text elements
 * are such runs (table cells, labels, figures); {@code ColumnText} builds a line-breaking model of chunks, lines
 * and split points for each, which was the largest single cost of exporting a report. Anything else (several runs,
 * underline, links, background, simulated bold, line breaks, text wider than the box, a box too low for the line,
 * justification, for which ColumnText sets word and character spacing even on one line) is declined and laid out by
 * {@code ColumnText} as before. {@code SingleLineTextTest} compares the bytes of both.
 */
final class SingleLineText {
    /** What {@code PdfLine.getMaxSize} reports as the image height of a line without images. */
    private static final float NO_IMAGE = -10000f;
    private static final int SIMULATED_STYLES = Font.BOLD | Font.ITALIC | Font.UNDERLINE | Font.STRIKETHRU;

    private SingleLineText() {
    }

    /**
     * Writes the phrase in the box and returns the baseline's height, as {@code ColumnText.getYLine()} would after
     * writing it; {@code Float.NaN} when the phrase is not one plain line, and nothing was written.
     */
    static float write(PdfContentByte canvas, Phrase phrase, float llx, float lly, float urx, float ury,
            float fixedLeading, float multipliedLeading, int alignment) {
        if (phrase.size() != 1 || !(phrase.get(0) instanceof Chunk chunk)) return Float.NaN;
        if (alignment != Element.ALIGN_LEFT && alignment != Element.ALIGN_CENTER && alignment != Element.ALIGN_RIGHT) return Float.NaN;
        Map<String, Object> attributes = chunk.getChunkAttributes();
        if (attributes != null && !attributes.isEmpty()) return Float.NaN;
        Font font = chunk.getFont();
        BaseFont baseFont = font.getBaseFont();
        if (baseFont == null || font.getSize() == Font.UNDEFINED) return Float.NaN;
        if (font.getStyle() != Font.UNDEFINED && (font.getStyle() & SIMULATED_STYLES) != 0) return Float.NaN;
        String text = chunk.getContent();
        if (!isPlain(text)) return Float.NaN;

        float leftX = Math.min(llx, urx), rightX = Math.max(llx, urx);
        float maxY = Math.max(lly, ury), minY = Math.min(lly, ury);
        float width = rightX - leftX;
        if (width <= 0) return Float.NaN;
        float size = font.getSize();
        // The same subtraction, character by character, as BidiLine.processLine: the space left sets the indent.
        float left = width;
        for (int i = 0; i < text.length(); i++) {
            float charWidth = baseFont.getWidthPoint(text.charAt(i), size); // PdfFont.width: times a scaling of 1
            if (left - charWidth < 0) return Float.NaN;
            left -= charWidth;
        }
        float leading = Math.max(fixedLeading + size * multipliedLeading, NO_IMAGE);
        if (maxY - leading < minY) return Float.NaN;
        float yLine = maxY - leading;
        // PdfLine.indentLeft, its left edge 0 (ColumnText adds the column's left and a first-line indent of 0).
        float indent = switch (alignment) {
            case Element.ALIGN_RIGHT -> left;
            case Element.ALIGN_CENTER -> left / 2f;
            default -> 0;
        };

        PdfContentByte line = canvas.getDuplicate();
        line.beginText();
        line.setTextMatrix(leftX + indent, yLine);
        line.setFontAndSize(baseFont, size);
        Color color = font.getColor();
        if (color != null) line.setColorFill(color);
        line.showText(text);
        if (color != null) line.resetRGBColorFill();
        line.endText();
        canvas.add(line);
        return yLine;
    }

    /**
     * Text OpenPDF would lay out as it stands: not empty, no control character (line breaks, tabs), no surrogate
     * pair, none of the invisible marks OpenPDF drops, and no trailing space (OpenPDF trims it).
     */
    private static boolean isPlain(String text) {
        if (text.isEmpty() || text.charAt(text.length() - 1) <= ' ') return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || Character.isSurrogate(c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e)) {
                return false;
            }
        }
        return true;
    }
}
