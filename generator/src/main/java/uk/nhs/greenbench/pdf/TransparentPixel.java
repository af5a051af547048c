package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Image;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.util.JRImageLoader;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

import java.util.Arrays;

/**
 * JasperReports' transparent pixel in one report. In a tagged report the library draws it over every image that has a
 * tooltip (every spine, whose alternative text the image's own tag carries) and over a linked image, to carry its link.
 * Drawn without a link it marks nothing; it was a third of a report's images, each laid out as a phrase and referenced
 * from its page, so the producer writes nothing for it ({@link #NOTHING}).
 */
final class TransparentPixel {
    private static final byte[] BYTES;

    static {
        try {
            BYTES = JRLoader.loadBytesFromResource(JRImageLoader.PIXEL_IMAGE_RESOURCE);
        } catch (JRException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A phrase that writes nothing. */
    static final PdfPhrase NOTHING = new PdfPhrase() {
        @Override
        public void add(PdfChunk chunk) {
            throw new UnsupportedOperationException("nothing is drawn for the transparent pixel");
        }

        @Override
        public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
                PdfTextAlignment alignment, TextDirection runDirection) {
            return Math.min(lly, ury);
        }
    };

    /** The pixel's image id in this report (copies of an image share it), once the exporter has made it. */
    private Long imageId;

    /** Notes an image the report made, remembering it if it is the pixel. */
    void made(byte[] data, Image image) {
        if (Arrays.equals(data, BYTES)) imageId = image.getMySerialId();
    }

    /** Whether the chunk is the pixel and nothing else: no link, no anchor. */
    boolean isBare(Chunk chunk) {
        Image image = chunk.getImage();
        return imageId != null && image != null && imageId.equals(image.getMySerialId()) && chunk.getChunkAttributes().size() == 1;
    }
}
