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

/** The plain-text shortcut writes what OpenPDF's ColumnText writes, to the byte, or declines. */
class PlainTextTest {
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
    void textWrappedOntoSeveralLinesIsBrokenAndWrittenAsColumnTextDoesInEveryAlignment() throws Exception {
        // Sentences as the reports write them, with the characters ColumnText may break after (space, hyphen), words
        // longer than a line, runs of spaces, and widths from a few characters to a paragraph.
        List<String> words = List.of("Energy", "carbon", "per", "m²", "–", "25th", "percentile", "£1,484,222", "well-known",
                "ERIC's", "(typical)", "a", "NHS", "Lancashire", "and", "South", "Cumbria", "Integrated", "Care", "Board",
                "supercalifragilisticexpialidocious-and-then-some", "tCO2e", "2,301.8", "Net", "Zero", "“quoted”", "—", "");
        java.util.Random random = new java.util.Random(20261203);
        int written = 0, several = 0;
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder(words.get(random.nextInt(words.size() - 1)));
            for (int w = random.nextInt(30); w > 0; w--) sb.append(random.nextInt(8) == 0 ? "  " : " ").append(words.get(random.nextInt(words.size())));
            String text = sb.toString().stripTrailing();
            int alignment = ALIGNMENTS[random.nextInt(ALIGNMENTS.length)];
            float multiplied = random.nextBoolean() ? 0f : 1.15f;
            float fixed = multiplied == 0f ? 9.5f : 0f;
            Color color = random.nextBoolean() ? null : new Color(0, 94, 184);
            Font font = new Font(dejaVu, random.nextBoolean() ? 8.5f : 10f, Font.NORMAL, color);
            float left = 30f + random.nextFloat() * 100f, width = 15f + random.nextFloat() * 400f, top = 790.3f;
            float[] box = {left, top, left + width, top - 20f - random.nextFloat() * 600f};
            Result expected = columnTextLines(new Phrase(new Chunk(text, font)), box, fixed, multiplied, alignment);
            Result actual = shortcut(new Phrase(new Chunk(text, font)), box, fixed, multiplied, alignment);
            if (Float.isNaN(actual.yLine())) {
                assertThat(actual.content()).as("nothing written when declined").isEmpty();
                continue;
            }
            assertThat(actual.yLine()).as(text + " in " + width).isEqualTo(expected.yLine());
            assertThat(actual.content().replace('\n', '|')).as(text + " in " + width).isEqualTo(expected.content().replace('\n', '|'));
            written++;
            if (actual.content().split("Tj").length > 2) several++;
        }
        assertThat(written).as("most written by the shortcut").isGreaterThan(1000);
        assertThat(several).as("many on several lines").isGreaterThan(500);
    }

    @Test
    void aBoxTooLowForEveryLineOfAWrappedTextIsLeftToColumnText() throws Exception {
        Font font = new Font(dejaVu, 10f);
        String text = "A sentence far too long for the narrow box it is given";
        float[] box = {10f, 100f, 60f, 80f};
        assertThat(shortcut(new Phrase(new Chunk(text, font)), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
        float[] tall = {10f, 100f, 60f, 20f};
        Result expected = columnText(new Phrase(new Chunk(text, font)), tall, 1f, Element.ALIGN_LEFT);
        Result actual = shortcut(new Phrase(new Chunk(text, font)), tall, 1f, Element.ALIGN_LEFT);
        assertThat(actual.yLine()).isEqualTo(expected.yLine());
        assertThat(actual.content()).isEqualTo(expected.content());
    }

    @Test
    void aLineWithNoRoomForItsFirstCharacterIsLeftToColumnText() throws Exception {
        float[] box = {10f, 100f, 13f, 20f};
        assertThat(shortcut(new Phrase(new Chunk("Wide", new Font(dejaVu, 10f))), box, 1f, Element.ALIGN_LEFT).yLine()).isNaN();
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
        return columnTextLines(phrase, box, 0f, multiplied, alignment);
    }

    /** As LeftToRightPhrase lays text out when the shortcut declines it, with the bidi pass JasperReports' own uses. */
    private Result columnTextLines(Phrase phrase, float[] box, float fixed, float multiplied, int alignment) throws Exception {
        PdfContentByte canvas = writer.getDirectContent().getDuplicate();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(phrase, box[0], box[1], box[2], box[3], fixed, alignment);
        if (multiplied != 0f) column.setLeading(fixed, multiplied);
        column.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        column.go();
        return new Result(column.getYLine(), canvas.toString());
    }

    private Result shortcut(Phrase phrase, float[] box, float multiplied, int alignment) {
        return shortcut(phrase, box, 0f, multiplied, alignment);
    }

    private Result shortcut(Phrase phrase, float[] box, float fixed, float multiplied, int alignment) {
        PdfContentByte canvas = writer.getDirectContent().getDuplicate();
        float yLine = PlainText.write(canvas, phrase, box[0], box[1], box[2], box[3], fixed, multiplied, alignment);
        return new Result(yLine, canvas.toString());
    }
}
