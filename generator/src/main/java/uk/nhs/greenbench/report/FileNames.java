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

    /** {@code <CODE>-<name>.<extension>}. */
    public static String file(String code, String name, String extension) {
        return safe(code, 20).toUpperCase(Locale.ROOT) + "-" + safe(name, 80) + "." + extension;
    }

    static String safe(String s, int max) {
        String ascii = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > max) slug = slug.substring(0, max).replaceAll("-+$", "");
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
