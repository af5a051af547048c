package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The lone-image shortcut writes what OpenPDF's ColumnText writes, to the byte, or declines. */
class PlacedImageTest {
    private static final int[] ALIGNMENTS = {Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT};

    private PdfWriter writer;

    @BeforeEach
    void openDocument() {
        Document document = new Document();
        writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
    }

    @Test
    void anImageThatFitsItsBoxIsPlacedAsColumnTextPlacesItInEveryAlignment() throws Exception {
        Random random = new Random(20261203);
        int written = 0;
        for (int i = 0; i < 600; i++) {
            float w = 1 + random.nextInt(300) + random.nextFloat(), h = 1 + random.nextInt(200) + random.nextFloat();
            Image image = image(w, h);
            if (random.nextBoolean()) image.scaleAbsolute(w * 0.75f, h * 1.5f); // as JasperReports scales its pixel
            float x = 20 + random.nextInt(300) + random.nextFloat(), top = 300 + random.nextInt(500) + random.nextFloat();
            // Boxes as JasperReports gives them (the image's own size), and wider or taller ones.
            float boxW = image.getScaledWidth() + (random.nextBoolean() ? 0 : random.nextInt(60)),
                    boxH = image.getScaledHeight() + (random.nextBoolean() ? 0 : random.nextInt(60));
            float[] box = {x, top, x + boxW, top - boxH};
            float fixed = random.nextInt(4) == 0 ? 12f : 0f;
            int alignment = ALIGNMENTS[random.nextInt(ALIGNMENTS.length)];
            Result expected = columnText(new Phrase(new Chunk(image, 0, 0)), box, fixed, alignment);
            Result actual = shortcut(new Phrase(new Chunk(image, 0, 0)), box, fixed, alignment);
            if (Float.isNaN(actual.yLine())) continue;
            assertThat(actual.yLine()).as("image " + i).isEqualTo(expected.yLine());
            assertThat(actual.content()).as("image " + i).isEqualTo(expected.content());
            written++;
        }
        assertThat(written).as("images placed by the shortcut").isGreaterThan(450);
    }

    @Test
    void anImageWiderOrTallerThanItsBoxOrWithALinkOrOffsetIsDeclined() throws Exception {
        Image image = image(80, 14);
        float[] box = {100, 500, 180, 486};
        assertThat(shortcut(new Phrase(new Chunk(image, 0, 0)), new float[]{100, 500, 179.5f, 486}, 0f, Element.ALIGN_LEFT).yLine())
                .as("wider than its box").isNaN();
        assertThat(shortcut(new Phrase(new Chunk(image, 0, 0)), new float[]{100, 500, 180, 486.5f}, 0f, Element.ALIGN_LEFT).yLine())
                .as("taller than its box").isNaN();
        Chunk linked = new Chunk(image, 0, 0);
        linked.setAnchor("https://example.org/");
        assertThat(shortcut(new Phrase(linked), box, 0f, Element.ALIGN_LEFT).yLine()).as("a link").isNaN();
        assertThat(shortcut(new Phrase(new Chunk(image, 2, 0)), box, 0f, Element.ALIGN_LEFT).yLine()).as("an offset").isNaN();
        assertThat(shortcut(new Phrase(new Chunk(image, 0, 0)), box, 0f, Element.ALIGN_JUSTIFIED).yLine()).as("justified").isNaN();
        Phrase two = new Phrase(new Chunk(image, 0, 0));
        two.add(new Chunk("text"));
        assertThat(shortcut(two, box, 0f, Element.ALIGN_LEFT).yLine()).as("an image and text").isNaN();
        assertThat(shortcut(new Phrase(new Chunk(image, 0, 0)), box, 0f, Element.ALIGN_LEFT).yLine()).as("one that fits").isEqualTo(486f);
    }

    /** A form image of the size given, as JasperReports makes for a chart or spine. */
    private Image image(float w, float h) throws Exception {
        PdfTemplate form = writer.getDirectContent().createTemplate(w, h);
        form.rectangle(0, 0, w, h);
        form.fill();
        return new ImgTemplate(form);
    }

    private record Result(float yLine, String content) {
    }

    /** As LeftToRightPhrase lays out what the shortcut declines. */
    private Result columnText(Phrase phrase, float[] box, float fixed, int alignment) throws Exception {
        PdfContentByte canvas = writer.getDirectContent().getDuplicate();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, box[0], box[1], box[2], box[3], fixed, alignment);
        column.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
        column.go();
        return new Result(column.getYLine(), canvas.toString());
    }

    private Result shortcut(Phrase phrase, float[] box, float fixed, int alignment) {
        PdfContentByte canvas = writer.getDirectContent().getDuplicate();
        float yLine = PlacedImage.write(canvas, phrase, box[0], box[1], box[2], box[3], fixed, 0f, alignment);
        return new Result(yLine, canvas.toString());
    }
}
