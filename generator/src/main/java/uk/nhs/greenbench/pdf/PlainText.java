package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a phrase that is one plain run of text, on one line of its box or wrapped onto several, with exactly the
 * operators OpenPDF's {@code ColumnText} writes for it (begin text; for each line its text matrix, the font on the
 * first, colour, the string; end text), its lines broken where ColumnText breaks them and placed in the same float
 * arithmetic: so the PDF's bytes are the same. Most of a report's text elements are such runs (table cells, labels,
 * figures, sentences); {@code ColumnText} builds a line-breaking model of chunks, lines and split points for each,
 * which was the largest single cost of exporting a report. Anything else (several runs, underline, links,
 * background, simulated bold, line breaks, a box too low for every line, a line with no room for one character,
 * justification, for which ColumnText sets word and character spacing) is declined and laid out by
 * {@code ColumnText} as before. {@code PlainTextTest} compares the bytes of both.
 */
final class PlainText {
    /** What {@code PdfLine.getMaxSize} reports as the image height of a line without images. */
    private static final float NO_IMAGE = -10000f;
    private static final int SIMULATED_STYLES = Font.BOLD | Font.ITALIC | Font.UNDERLINE | Font.STRIKETHRU;

    private PlainText() {
    }

    /** One line: the text's characters {@code from} to {@code to} (exclusive) and the width left beside them. */
    private record Line(int from, int to, float widthLeft) {
    }

    /**
     * Writes the phrase in the box and returns the last line's baseline, as {@code ColumnText.getYLine()} would after
     * writing it; {@code Float.NaN} when the phrase is not plain text that fits, and nothing was written.
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
        List<Line> lines = lines(text, baseFont, size, width);
        if (lines == null) return Float.NaN;
        float leading = Math.max(fixedLeading + size * multipliedLeading, NO_IMAGE);
        // ColumnText stops at the first line the box is too low for; the whole text must fit to be written here.
        float yLine = maxY;
        for (int i = 0; i < lines.size(); i++) {
            if (yLine > maxY || yLine - leading < minY) return Float.NaN;
            yLine -= leading;
        }

        Color color = font.getColor();
        PdfContentByte out = canvas.getDuplicate();
        out.beginText();
        yLine = maxY;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            yLine -= leading;
            // PdfLine.indentLeft, its left edge 0 (ColumnText adds the column's left and a first-line indent of 0).
            float indent = indentLeft(alignment, line.widthLeft());
            out.setTextMatrix(leftX + indent, yLine);
            if (i == 0) out.setFontAndSize(baseFont, size); // later lines are in the same font: not set again
            if (color != null) out.setColorFill(color);
            out.showText(text.substring(line.from(), line.to()));
            if (color != null) out.resetRGBColorFill();
        }
        out.endText();
        canvas.add(out);
        return yLine;
    }

    /**
     * Where a line starts within its column ({@code PdfLine.indentLeft} for left-to-right text, the line's left edge 0):
     * the width left over for right alignment, half of it for centred, none for left.
     */
    static float indentLeft(int alignment, float widthLeft) {
        return switch (alignment) {
            case Element.ALIGN_RIGHT -> widthLeft;
            case Element.ALIGN_CENTER -> widthLeft / 2f;
            default -> 0;
        };
    }

    /**
     * The text broken into lines as {@code BidiLine.processLine} breaks plain text (no hyphenation, tabs or invisible
     * marks): each line's characters are subtracted in turn from the width; at the first that does not fit the line
     * ends after the last split character (a space, a hyphen, …: {@code DefaultSplitCharacter}) or, with none, before
     * that character, trailing spaces dropped; the next line starts after the split, its leading spaces dropped.
     * Null when a line has no room for its first character (ColumnText then writes it alone, over the edge).
     */
    private static List<Line> lines(String text, BaseFont font, float size, float width) {
        List<Line> lines = new ArrayList<>(2);
        int n = text.length(), at = 0;
        while (at < n) {
            if (at != 0) at = trimLeft(text, at);
            int start = at, lastSplit = -1;
            float left = width;
            boolean fitted = false;
            for (; at < n; at++) {
                char c = text.charAt(at);
                float charWidth = font.getWidthPoint(c, size); // PdfFont.width: times a scaling of 1
                boolean split = isSplitCharacter(c);
                if (split && Character.isWhitespace(c)) lastSplit = at;
                if (left - charWidth < 0) break;
                if (split) lastSplit = at;
                left -= charWidth;
                fitted = true;
            }
            if (!fitted) return null;
            if (at >= n) {
                lines.add(new Line(start, n, left));
                break;
            }
            int end = trimRight(text, start, at - 1);
            if (end < start) return null; // only spaces: ColumnText writes them as a line of their own
            if (lastSplit == -1 || lastSplit >= end) {
                // No split point, or none before the last character that fitted: the line ends mid-word.
                lines.add(new Line(start, end + 1, left + width(text, end + 1, at - 1, font, size)));
            } else {
                at = lastSplit + 1;
                end = trimRight(text, start, lastSplit);
                if (end < start) return null;
                lines.add(new Line(start, end + 1, width - width(text, start, end, font, size)));
            }
        }
        return lines;
    }

    /** {@code DefaultSplitCharacter.isSplitCharacter}: after these a line may be broken. */
    private static boolean isSplitCharacter(char c) {
        if (c <= ' ' || c == '-' || c == '\u2010') return true;
        if (c < 0x2002) return false;
        return c <= 0x200b || c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00 || c >= 0xfe30 && c < 0xfe50
                || c >= 0xff61 && c < 0xffa0;
    }

    /** {@code BidiLine.getWidth}: the characters' widths added up from the first, {@code to} included. */
    private static float width(String text, int from, int to, BaseFont font, float size) {
        float width = 0;
        for (int i = from; i <= to; i++) width += font.getWidthPoint(text.charAt(i), size);
        return width;
    }

    /** The first character at or after {@code from} that is not white space (BidiLine.trimLeftEx). */
    private static int trimLeft(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) <= ' ') i++;
        return i;
    }

    /** The last character from {@code to} back to {@code from} that is not white space; below {@code from} when none. */
    private static int trimRight(String text, int from, int to) {
        int i = to;
        while (i >= from && text.charAt(i) <= ' ') i--;
        return i;
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
