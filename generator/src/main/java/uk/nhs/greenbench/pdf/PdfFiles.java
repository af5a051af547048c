package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;


import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Exports a filled report to PDF with its title, subject and language set, then fixes the three things the PDF
 * library makes different on every run: the creation/modification dates (set to the end of the data year), the
 * font subset tags (a fixed tag per font) and the file identifier (set from a digest of the content). Each is
 * replaced by text of the same length, so the cross-reference offsets stay valid.
 */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** The exporter's output, normalised and written from its own buffer (no copy of the document). */
    private static final class PdfBuffer extends ByteArrayOutputStream {
        PdfBuffer() {
            super(1 << 16);
        }

        void normaliseAndWrite(Path file, String date) throws IOException {
            normalise(buf, count, date);
            try (var out = Files.newOutputStream(file)) {
                out.write(buf, 0, count);
            }
        }
    }

    public static void export(JasperPrint print, Path file, String title, String subject, String year) throws IOException {
        PdfBuffer raw = new PdfBuffer();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(raw));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataSubject(subject);
        config.setMetadataAuthor("greenbench");
        config.setMetadataCreator("greenbench");
        config.setDisplayMetadataTitle(true);
        config.setTagged(true);
        config.setTagLanguage("en-GB");
        exporter.setConfiguration(config);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        // Chart text as text in the document's own fonts, not as glyph outlines: files a fraction of the size, far less
        // to compress, and the labels can be found, copied and read aloud like the rest of the page.
        report.setForceSvgShapes(false);
        exporter.setConfiguration(report);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
        raw.normaliseAndWrite(file, fixedDate(year));
    }

    /** {@code D:YYYYMMDDhhmmss} for 31 March at the end of the data year. */
    static String fixedDate(String year) {
        return "D:" + uk.nhs.greenbench.model.FinancialYear.parse(year).end().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "000000";
    }

    /**
     * Fixes dates, subset tags and the file identifier in place, in one pass over the bytes with no copy of the
     * document: a large area report is megabytes, and a String of it, or a regular expression over it, multiplied
     * the memory a document needs (the x10 benchmark ran out of heap here). Every replacement has the length of
     * what it replaces, so the cross-reference offsets stay valid.
     */
    static byte[] normalise(byte[] pdf, String date) {
        normalise(pdf, pdf.length, date);
        return pdf;
    }

    static void normalise(byte[] pdf, int length, String date) {
        byte[] fixedDate = date.getBytes(StandardCharsets.ISO_8859_1);
        java.util.Map<String, byte[]> tags = new java.util.HashMap<>();
        int idStart = -1, idEnd = -1, hexA = -1, hexAEnd = -1, hexB = -1, hexBEnd = -1;
        for (int i = 0; i < length; i++) {
            byte b = pdf[i];
            if (b == 'D' && isDate(pdf, length, i)) {
                System.arraycopy(fixedDate, 0, pdf, i, fixedDate.length);
                i += fixedDate.length - 1;
            } else if (b == '/') {
                int nameEnd = subsetTagEnd(pdf, length, i);
                if (nameEnd > 0) {
                    String tag = new String(pdf, i + 1, 6, StandardCharsets.ISO_8859_1);
                    String font = new String(pdf, i + 8, nameEnd - i - 8, StandardCharsets.ISO_8859_1);
                    byte[] fixed = tags.computeIfAbsent(tag + "+" + font,
                            k -> letters(tags.size(), font).getBytes(StandardCharsets.ISO_8859_1));
                    System.arraycopy(fixed, 0, pdf, i + 1, 6);
                    i += 7; // the name is scanned on: it may end in the "D" of a date ("…SansD:2024…")
                } else if (idStart < 0) {
                    int[] id = fileId(pdf, length, i);
                    if (id != null) {
                        idStart = i;
                        hexA = id[0];
                        hexAEnd = id[1];
                        hexB = id[2];
                        hexBEnd = id[3];
                        idEnd = id[4];
                        i = idEnd - 1;
                    }
                }
            }
        }
        if (idStart < 0) return;
        String digest = contentId(pdf, 0, idStart, idEnd, length);
        fill(pdf, hexA, hexAEnd, digest);
        fill(pdf, hexB, hexBEnd, digest);
    }

    /**
     * 32 hex digits identifying the bytes in the given {@code [from, to)} ranges: their CRC-32, CRC-32C, Adler-32 and
     * length. The identifier only has to follow the content; MD5 did that at 2% of the pack's CPU time, as the client
     * compiler the launcher uses has no intrinsic for it, where these checksums run in native code.
     */
    static String contentId(byte[] bytes, int... ranges) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        java.util.zip.CRC32C crcC = new java.util.zip.CRC32C();
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        long length = 0;
        for (int r = 0; r < ranges.length; r += 2) {
            int from = ranges[r], n = ranges[r + 1] - from;
            crc.update(bytes, from, n);
            crcC.update(bytes, from, n);
            adler.update(bytes, from, n);
            length += n;
        }
        return String.format("%08x%08x%08x%08x", crc.getValue(), crcC.getValue(), adler.getValue(), length & 0xFFFFFFFFL);
    }

    /** {@code D:} and 14 digits at {@code i}. */
    private static boolean isDate(byte[] pdf, int length, int i) {
        if (i + 16 > length || pdf[i + 1] != ':') return false;
        for (int k = i + 2; k < i + 16; k++) if (pdf[k] < '0' || pdf[k] > '9') return false;
        return true;
    }

    /** Where the font name ends when a subset tag {@code /ABCDEF+Name} starts at {@code i}; -1 when none does. */
    private static int subsetTagEnd(byte[] pdf, int length, int i) {
        if (i + 9 > length || pdf[i + 7] != '+') return -1;
        for (int k = i + 1; k < i + 7; k++) if (pdf[k] < 'A' || pdf[k] > 'Z') return -1;
        int end = i + 8;
        while (end < length && isNameChar(pdf[end])) end++;
        return end > i + 8 ? end : -1;
    }

    private static boolean isNameChar(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** {@code /ID [<hex> <hex>]} at {@code i}: the two hex strings' bounds and the end; null when not one. */
    private static int[] fileId(byte[] pdf, int length, int i) {
        if (i + 3 > length || pdf[i + 1] != 'I' || pdf[i + 2] != 'D') return null;
        int k = space(pdf, length, i + 3);
        if (k >= length || pdf[k] != '[') return null;
        int[] at = new int[5];
        k = space(pdf, length, k + 1);
        for (int h = 0; h < 2; h++) {
            if (h == 1) k = space(pdf, length, k);
            if (k >= length || pdf[k] != '<') return null;
            int from = ++k;
            while (k < length && Character.digit(pdf[k], 16) >= 0) k++;
            if (k == from || k >= length || pdf[k] != '>') return null;
            at[2 * h] = from;
            at[2 * h + 1] = k++;
        }
        k = space(pdf, length, k);
        if (k >= length || pdf[k] != ']') return null;
        at[4] = k + 1;
        return at;
    }

    private static int space(byte[] pdf, int length, int k) {
        while (k < length && (pdf[k] == ' ' || pdf[k] == '\t' || pdf[k] == '\n' || pdf[k] == 0x0B || pdf[k] == '\f' || pdf[k] == '\r')) k++;
        return k;
    }

    /** The digest's hex, upper case, repeated to fill {@code [from, to)}. */
    private static void fill(byte[] pdf, int from, int to, String hex) {
        for (int k = from; k < to; k++) pdf[k] = (byte) Character.toUpperCase(hex.charAt((k - from) % hex.length()));
    }

    /** Six capital letters from the font name and its order of appearance. */
    private static String letters(int index, String font) {
        String digest = md5((index + ":" + font).getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) sb.append((char) ('A' + Integer.parseInt(digest.substring(2 * i, 2 * i + 2), 16) % 26));
        return sb.toString();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
