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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exports a filled report to PDF with its title, subject and language set, then fixes the two things the PDF
 * library makes different on every run: the creation/modification dates (set to the end of the data year) and
 * the file identifier (set from a digest of the content). Both are replaced by text of the same length, so the
 * cross-reference offsets stay valid.
 */
public final class PdfFiles {
    private static final Pattern DATE = Pattern.compile("D:\\d{14}");
    /** Font subset tags ("ABCDEF+DejaVuSans") are random per run; they become a fixed tag per font, in order. */
    private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+([A-Za-z0-9-]+)");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]");

    private PdfFiles() {
    }

    public static void export(JasperPrint print, Path file, String title, String subject, String year) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
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
        exporter.setConfiguration(new SimplePdfReportConfiguration());
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
        Files.write(file, normalise(raw.toByteArray(), fixedDate(year)));
    }

    /** {@code D:YYYYMMDDhhmmss} for 31 March at the end of the data year. */
    static String fixedDate(String year) {
        return "D:" + uk.nhs.greenbench.model.FinancialYear.parse(year).end().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "000000";
    }

    static byte[] normalise(byte[] pdf, String date) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        s = DATE.matcher(s).replaceAll(date);
        s = fixSubsetTags(s);
        Matcher m = ID.matcher(s);
        if (m.find()) {
            String withoutId = s.substring(0, m.start()) + s.substring(m.end());
            String digest = md5(withoutId.getBytes(StandardCharsets.ISO_8859_1));
            String a = fit(digest, m.group(1).length()), b = fit(digest, m.group(2).length());
            s = s.substring(0, m.start(1)) + a + s.substring(m.end(1), m.start(2)) + b + s.substring(m.end(2));
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String fixSubsetTags(String s) {
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        Matcher m = SUBSET.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String tag = tags.computeIfAbsent(m.group(1) + "+" + m.group(2), k -> letters(tags.size(), m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement("/" + tag + "+" + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Six capital letters from the font name and its order of appearance. */
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
