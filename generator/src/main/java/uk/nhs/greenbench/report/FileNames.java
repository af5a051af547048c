package uk.nhs.greenbench.report;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names from codes and names in the data. Only letters, digits and hyphens survive, so a code such as
 * {@code ../x} can never place a file outside the pack folder.
 */
public final class FileNames {
    private FileNames() {
    }

    public static String workbook(String code, String name) {
        return file(code, name, "xlsx");
    }

    public static String report(String code, String name) {
        return file(code, name, "pdf");
    }

    /**
     * {@code <CODE>-<name>.<extension>}. An ODS-style code (capitals and digits, up to 20) is used as it is; any other
     * code is made safe and followed by the start of its SHA-256, so that codes differing only in case, in characters
     * a file name cannot hold or after the 20th character never share a file.
     */
    public static String file(String code, String name, String extension) {
        String c = code == null ? "" : code;
        String stem = c.matches("[A-Z0-9]{1,20}") ? c : safe(c, 20).toUpperCase(Locale.ROOT) + "_" + hash(c);
        return stem + "-" + safe(name, 80) + "." + extension;
    }

    private static String hash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String safe(String s, int max) {
        String ascii = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > max) slug = slug.substring(0, max).replaceAll("-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
