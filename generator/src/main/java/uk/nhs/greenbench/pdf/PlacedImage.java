package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import net.sf.jasperreports.engine.JRRuntimeException;

import java.util.Map;

/**
 * Writes a phrase that is one image (a chart, a spine, a logo: JasperReports places every image as a phrase) with
 * exactly the operators OpenPDF's {@code ColumnText} writes for it: the image at the line's left (or its right or
 * centre) and baseline, then an empty text object that moves its text position across the image and back. So the
 * PDF's bytes are the same, without ColumnText's line-breaking model of chunks and lines for each of a report's
 * hundreds of images. An image with anything else to it (a link, an anchor, an offset), wider than its box, too tall
 * for it, or justified, is declined and laid out by {@code ColumnText} as before.
 */
final class PlacedImage {
    private PlacedImage() {
    }

    /**
     * Writes the image in the box and returns the line's baseline, as {@code ColumnText.getYLine()} would after writing
     * it; {@code Float.NaN} when the phrase is not a lone image that fits, and nothing was written.
     */
    static float write(PdfContentByte canvas, Phrase phrase, float llx, float lly, float urx, float ury,
            float fixedLeading, float multipliedLeading, int alignment) {
        Image image = loneImage(phrase);
        if (image == null) return Float.NaN;
        if (alignment != Element.ALIGN_LEFT && alignment != Element.ALIGN_CENTER && alignment != Element.ALIGN_RIGHT) return Float.NaN;
        float leftX = Math.min(llx, urx), rightX = Math.max(llx, urx);
        float maxY = Math.max(lly, ury), minY = Math.min(lly, ury);
        float width = rightX - leftX, imageWidth = image.getScaledWidth();
        if (width <= 0 || imageWidth > width) return Float.NaN; // PdfChunk.split: the image goes to the next line
        // ColumnText's leading for a line of no text: the fixed leading, or the image's height if that is more.
        float leading = Math.max(fixedLeading + 0f * multipliedLeading, image.getScaledHeight());
        if (maxY - leading < minY) return Float.NaN; // ColumnText writes nothing: no room for the line
        float yLine = maxY - leading;
        float widthLeft = width - imageWidth;
        float x = leftX + PlainText.indentLeft(alignment, widthLeft);

        PdfContentByte text = canvas.getDuplicate();
        text.beginText();
        text.setTextMatrix(x, yLine);
        float[] matrix = image.matrix();
        matrix[Image.CX] = x - matrix[Image.CX];
        matrix[Image.CY] = yLine - matrix[Image.CY];
        try {
            canvas.addImage(image, matrix[0], matrix[1], matrix[2], matrix[3], matrix[4], matrix[5]);
        } catch (DocumentException e) {
            throw new JRRuntimeException(e);
        }
        text.moveText(x + imageWidth - text.getXTLM(), 0);
        text.moveText(x - text.getXTLM(), 0);
        text.endText();
        canvas.add(text);
        return yLine;
    }

    /** The phrase's image when it is one chunk holding only an image at no offset; otherwise null. */
    private static Image loneImage(Phrase phrase) {
        if (phrase.size() != 1 || !(phrase.get(0) instanceof Chunk chunk)) return null;
        Map<String, Object> attributes = chunk.getChunkAttributes();
        if (attributes == null || attributes.size() != 1 || !(attributes.get(Chunk.IMAGE) instanceof Object[] image)) return null;
        if (((Float) image[1]) != 0f || ((Float) image[2]) != 0f) return null;
        return (Image) image[0];
    }
}
