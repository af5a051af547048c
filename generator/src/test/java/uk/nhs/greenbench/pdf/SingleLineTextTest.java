package uk.nhs.greenbench.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The single-line shortcut writes what OpenPDF's ColumnText writes, to the byte, or declines. */
class SingleLineTextTest {
    private static final List<String> TEXTS = List.of("£1,484,222", "Energy per m² – 25th percentile", "W",
            "  leading spaces kept", "CO₂e (tonnes) · “typical” ≤ 2030", "Ünïcödé façade 12.5%");
    private static final int[] ALIGNMENTS = {Element.ALIGN_LEFT, Element.ALIGN_CENTER, Element.ALIGN_RIGHT};

    private Document document;
    private PdfWriter writer;
    private BaseFont dejaVu;

    @BeforeEach
    void openDocument() throws Exception {
        document = new Document();
        writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            dejaVu = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }

    @Test
    void aPlainRunThatFitsIsWrittenAsColumnTextWritesItInEveryAlignment() throws Exception {
        int written = 0;
        for (String text : TEXTS) {
            for (int alignment : ALIGNMENTS) {
                for (float multiplied : new float[]{0f, 1f, 1.15f}) {
                    for (Color color : new Color[]{null, new Color(0, 94, 184)}) {
                        Font font = new Font(dejaVu, 8.5f, Font.NORMAL, color);
                        float[] box = {36.2f, 700.5f, 36.2f + 260.3f, 700.5f - 14.7f};
                        Result expected = columnText(new Phrase(new Chunk(text, font)), box, multiplied, alignment);
                        Result actual = shortcut(new Phrase(new Chunk(text, font)), box, multiplied, alignment);
                        assertThat(actual.yLine()).as(text + " " + alignment).isNotNaN().isEqualTo(expected.yLine());
                        assertThat(actual.content().replace('\n', '|')).as(text + " " + alignment).isEqualTo(expected.content().replace('\n', '|'));
                        written++;
                    }
                }
            }
        }
        assertThat(written).isEqualTo(TEXTS.size() * ALIGNMENTS.length * 3 * 2);
    }

    @Test
    void textWiderThanItsBoxIsLeftToColumnText() throws Exception {
        Font font = new Font(dejaVu, 10f);
        String text = "A sentence far too long for the narrow box it is given";
        float[] box = {10f, 100f, 60f, 20f};
        assertThat(shortcut(new Phrase(new Chunk(text, font)), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
    }

    @Test
    void aBoxTooLowForTheLineIsLeftToColumnText() throws Exception {
        Font font = new Font(dejaVu, 10f);
        float[] box = {10f, 100f, 300f, 95f};
        assertThat(shortcut(new Phrase(new Chunk("Short", font)), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
    }

    @Test
    void lineBreaksTrailingSpacesSeveralRunsStylesLinksAndJustificationAreLeftToColumnText() throws Exception {
        Font font = new Font(dejaVu, 10f);
        float[] box = {10f, 100f, 500f, 20f};
        for (String text : List.of("two\nlines", "tab\there", "trailing ", "", "zero\u200bwidth")) {
            assertThat(shortcut(new Phrase(new Chunk(text, font)), box, 1f, Element.ALIGN_LEFT).yLine()).as(text).isNaN();
        }
        Phrase twoRuns = new Phrase(new Chunk("one", font));
        twoRuns.add(new Chunk(" two", new Font(dejaVu, 12f)));
        assertThat(twoRuns).hasSize(2);
        assertThat(shortcut(twoRuns, box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
        assertThat(shortcut(new Phrase(new Chunk("bold", new Font(dejaVu, 10f, Font.BOLD))), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
        assertThat(shortcut(new Phrase(new Chunk("under", new Font(dejaVu, 10f, Font.UNDERLINE))), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
        assertThat(shortcut(new Phrase(new Chunk("link", font).setAnchor("https://example.org")), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
        // ColumnText sets word and character spacing around even a single justified line.
        assertThat(shortcut(new Phrase(new Chunk("justified", font)), box, 1f, Element.ALIGN_JUSTIFIED).yLine()).isNaN();
        assertThat(shortcut(new Phrase(new Chunk("justified", font)), box, 1f, Element.ALIGN_JUSTIFIED_ALL).yLine()).isNaN();
    }

    private record Result(float yLine, String content) {
    }

    private Result columnText(Phrase phrase, float[] box, float multiplied, int alignment) throws Exception {
        PdfContentByte canvas = writer.getDirectContent().getDuplicate();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, box[0], box[1], box[2], box[3], 0f, alignment);
        if (multiplied != 0f) column.setLeading(0f, multiplied);
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        column.go();
        return new Result(column.getYLine(), canvas.toString());
    }

    private Result shortcut(Phrase phrase, float[] box, float multiplied, int alignment) {
        PdfContentByte canvas = writer.getDirectContent().getDuplicate();
        float yLine = SingleLineText.write(canvas, phrase, box[0], box[1], box[2], box[3], 0f, multiplied, alignment);
        return new Result(yLine, canvas.toString());
    }
}
