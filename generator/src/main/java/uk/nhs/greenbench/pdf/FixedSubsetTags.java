package uk.nhs.greenbench.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Gives every embedded font subset the same tag ({@code ABCDEF+DejaVuSans}) in every run. OpenPDF draws the six
 * letters from a random generator when it writes a font; with the reports' dictionaries compressed into object
 * streams the tags can no longer be fixed in the written bytes ({@link PdfNormaliser}), so each font the document
 * uses is handed a generator that always gives the letters of its name, just before the fonts are written.
 */
final class FixedSubsetTags {
    /** OpenPDF keeps the document's fonts in this protected field and offers no accessor for them. */
    private static final Field DOCUMENT_FONTS = documentFontsField();
    private static final Map<String, Letters> LETTERS = new ConcurrentHashMap<>();

    private FixedSubsetTags() {
    }

    /** Fixes the subset tag of every font the writer has used so far; call it before the document is closed. */
    static void fix(PdfWriter writer) {
        Map<?, ?> fonts;
        try {
            fonts = (Map<?, ?>) DOCUMENT_FONTS.get(writer);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the PDF writer's fonts", e);
        }
        for (Object key : fonts.keySet()) {
            BaseFont font = (BaseFont) key;
            font.setSecureRandom(LETTERS.computeIfAbsent(font.getPostscriptFontName(), Letters::new));
        }
    }

    private static Field documentFontsField() {
        try {
            Field f = PdfWriter.class.getDeclaredField("documentFonts");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("this OpenPDF has no PdfWriter.documentFonts: " + e);
        }
    }

    /**
     * A "random" source that gives, on each thread, the six letters of one font's tag over and over: OpenPDF asks for
     * six numbers per tag ({@code BaseFont.createSubsetPrefix}), and fonts are shared by documents written at once.
     */
    static final class Letters extends SecureRandom {
        private final double[] letters = new double[6];
        private final transient ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

        Letters(String fontName) {
            CRC32 crc = new CRC32();
            crc.update(fontName.getBytes(StandardCharsets.UTF_8));
            long bits = crc.getValue() * 0x9E3779B97F4A7C15L;
            for (int i = 0; i < 6; i++) {
                // The middle of a letter's interval, so OpenPDF's (char) (d * 26 + 'A') lands on it without rounding doubt.
                letters[i] = (Math.floorMod(bits >>> (i * 10), 26) + 0.5) / 26;
            }
        }

        /** The tag's letters, as OpenPDF will write them. */
        String tag() {
            StringBuilder sb = new StringBuilder(6);
            for (double d : letters) sb.append((char) (d * 26 + 'A'));
            return sb.toString();
        }

        @Override
        public double nextDouble() {
            int[] at = next.get();
            double d = letters[at[0]];
            at[0] = (at[0] + 1) % letters.length;
            return d;
        }
    }
}
