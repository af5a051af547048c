package uk.nhs.greenbench.pdf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfNormaliserTest {
    private static final String DATE = "D:20240331000000";

    /** The normaliser on a document in memory, with the windows a file is read in. */
    private static byte[] normalise(byte[] pdf, String date) {
        return PdfNormaliser.normalise(pdf, date, PdfNormaliser.WINDOW, PdfNormaliser.OVERLAP);
    }

    /** The identifier the normaliser gives the bytes in the given {@code [from, to)} ranges. */
    static String contentId(byte[] bytes, int... ranges) {
        PdfNormaliser.ContentId id = new PdfNormaliser.ContentId();
        for (int r = 0; r < ranges.length; r += 2) id.update(bytes, ranges[r], ranges[r + 1] - ranges[r]);
        return id.hex();
    }

    @Test
    void datesSubsetTagsAndIdAreFixedAndTheLengthKept() {
        String pdf = "%PDF-1.7\n/CreationDate(D:20261202093412+00'00')/ModDate(D:20261202093413)\n"
                + "/BaseFont/QWERTY+DejaVuSans/FontName/QWERTY+DejaVuSans /BaseFont/ZXCVBN+DejaVuSans-Bold\n"
                + "trailer\n<</Size 9/ID [<0a1b2c3d4e5f60718293a4b5c6d7e8f9> <0A1B2C3D4E5F60718293A4B5C6D7E8F9>]>>\n%%EOF";
        byte[] out = normalise(pdf.getBytes(StandardCharsets.ISO_8859_1), DATE);
        String s = new String(out, StandardCharsets.ISO_8859_1);
        assertEquals(pdf.length(), s.length());
        assertTrue(s.contains("/CreationDate(D:20240331000000+00'00')/ModDate(D:20240331000000)"), s);
        String first = s.substring(s.indexOf("/BaseFont/") + 10, s.indexOf("/BaseFont/") + 16);
        assertTrue(s.contains("/FontName/" + first + "+DejaVuSans "), "one tag per font: " + s);
        assertTrue(!s.contains("QWERTY") && !s.contains("ZXCVBN"), s);
        assertTrue(s.matches("(?s).*/ID \\[<[0-9A-F]{32}> <[0-9A-F]{32}>\\].*"), s);
    }

    @Test
    void twoRunsThatDifferOnlyInDatesTagsAndIdGiveTheSameBytes() {
        String a = "/CreationDate(D:20261202093412) /AAAAAA+Font-One /ID [<1234> <5678>] body";
        String b = "/CreationDate(D:20250101010101) /BBBBBB+Font-One /ID [<abcd> <ef01>] body";
        assertArrayEquals(normalise(a.getBytes(StandardCharsets.ISO_8859_1), DATE),
                normalise(b.getBytes(StandardCharsets.ISO_8859_1), DATE));
    }

    @Test
    void theFileIdFollowsTheContentAroundTheIdAndOnlyIt() {
        byte[] whole = "abcdefgh".getBytes(StandardCharsets.ISO_8859_1);
        byte[] around = "abfgh".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(contentId(around, 0, around.length), contentId(whole, 0, 2, 5, 8));
        assertEquals(32, contentId(whole, 0, 8).length());
        assertTrue(!contentId(whole, 0, 8).equals(contentId("abcdefgi".getBytes(StandardCharsets.ISO_8859_1), 0, 8)));
    }

    /** The in-place pass gives the same bytes as the regular expressions it replaced, on PDF-like noise. */
    @Test
    void inPlacePassAgreesWithTheRegularExpressionsOnRandomInput() {
        Random random = new Random(20261202);
        String[] pieces = {"D:", "D:20240101123456", "D:2024010112345", "D:202401011234567", "/ABCDEF+DejaVuSans",
                "/ABCDEF+", "/ABCDE+Font", "/ABCDEFG+Font", "+", "/ID [<0af> <BC1>]", "/ID[<12><34>]", "/ID [ <> <12>]",
                "/ID\n[\r<1a2b>\t<3c4d> ]", "/ID [<12> <zz>]", "/IDX", "/", "D", "Z", "a", "-", "0", " ", "\n", "<", ">", "[", "]"};
        for (int run = 0; run < 2000; run++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(5) == 0) sb.append((char) random.nextInt(256));
                else sb.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] input = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] expected = Reference.normalise(input.clone(), DATE);
            assertArrayEquals(expected, normalise(input.clone(), DATE), "input: " + sb);
        }
    }

    /**
     * The file is fixed a window at a time: with windows far smaller than the input (each window's overlap with the
     * next longer than any date, tag or identifier in it), the result is the same as in one window.
     */
    @Test
    void smallWindowsGiveTheSameBytesAsOneWindow() {
        Random random = new Random(20261203);
        String[] pieces = {"D:20240101123456", "/ABCDEF+DejaVuSans", "/QWERTY+DejaVuSans-Bold", "/ID [<0af1> <BC12>]",
                "/ID\n[\r<1a2b>\t<3c4d> ]", "D", "/", "stream", " ", "\n", "xref", "0000012345 00000 n"};
        for (int run = 0; run < 500; run++) {
            StringBuilder sb = new StringBuilder();
            int n = 50 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(4) == 0) sb.append((char) random.nextInt(256));
                else sb.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] input = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] whole = normalise(input.clone(), DATE);
            for (int window : new int[]{97, 256, 1000}) {
                assertArrayEquals(whole, PdfNormaliser.normalise(input.clone(), DATE, window, 64), "window " + window + ": " + sb);
            }
        }
    }

    @Test
    void aFileIsFixedInPlaceWithItsLengthKept(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String pdf = "%PDF-1.7\n/CreationDate(D:20261202093412+00'00')\n/BaseFont/QWERTY+DejaVuSans\n"
                + "trailer\n<</Size 9/ID [<0a1b2c3d4e5f60718293a4b5c6d7e8f9> <0A1B2C3D4E5F60718293A4B5C6D7E8F9>]>>\n%%EOF";
        java.nio.file.Path file = dir.resolve("a.pdf");
        java.nio.file.Files.write(file, pdf.getBytes(StandardCharsets.ISO_8859_1));
        PdfNormaliser.normalise(file, DATE);
        assertArrayEquals(normalise(pdf.getBytes(StandardCharsets.ISO_8859_1), DATE), java.nio.file.Files.readAllBytes(file));
    }

    /** The String and regular-expression version this class used before, kept as the oracle. */
    private static final class Reference {
        private static final Pattern DATE = Pattern.compile("D:\\d{14}");
        private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");
        private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");

        static byte[] normalise(byte[] pdf, String date) {
            String s = new String(pdf, StandardCharsets.ISO_8859_1);
            s = DATE.matcher(s).replaceAll(date);
            Map<String, String> tags = new LinkedHashMap<>();
            Matcher t = SUBSET.matcher(s);
            StringBuilder out = new StringBuilder(s.length());
            while (t.find()) {
                String tag = tags.computeIfAbsent(t.group(1) + "+" + t.group(2), k -> letters(tags.size(), t.group(2)));
                t.appendReplacement(out, Matcher.quoteReplacement("/" + tag + "+" + t.group(2)));
            }
            t.appendTail(out);
            s = out.toString();
            Matcher m = ID.matcher(s);
            if (m.find()) {
                byte[] withoutId = (s.substring(0, m.start()) + s.substring(m.end())).getBytes(StandardCharsets.ISO_8859_1);
                String digest = contentId(withoutId, 0, withoutId.length);
                String a = fit(digest, m.group(1).length()), b = fit(digest, m.group(2).length());
                s = s.substring(0, m.start(1)) + a + s.substring(m.end(1), m.start(2)) + b + s.substring(m.end(2));
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        private static String letters(int index, String font) {
            String digest = md5((index + ":" + font).getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) sb.append((char) ('A' + Integer.parseInt(digest.substring(2 * i, 2 * i + 2), 16) % 26));
            return sb.toString();
        }

        private static String fit(String hex, int length) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < length) sb.append(hex);
            return sb.substring(0, length).toUpperCase();
        }

        private static String md5(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
