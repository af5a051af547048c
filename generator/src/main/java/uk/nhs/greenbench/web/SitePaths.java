package uk.nhs.greenbench.web;

import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;

import java.util.Map;

/**
 * Where each page of the site lives, and the relative links between them: every link is relative, so the folder
 * works opened from disk, from any static host and from a file share.
 */
final class SitePaths {
    static final String FOLDER = "site";
    private static final Map<Level, String> FOLDERS = Map.of(Level.TRUST, "trusts", Level.ICS, "ics",
            Level.REGION, "regions", Level.NATIONAL, "national");

    private SitePaths() {
    }

    static String folder(Level level) {
        return FOLDERS.get(level);
    }

    /** An organisation's page, from the site's root: {@code trusts/RJ1.html}. */
    static String page(OrgRef org) {
        return folder(org.level()) + "/" + org.code() + ".html";
    }

    /** An organisation's page from another organisation's page (both one folder down). */
    static String fromPage(OrgRef org) {
        return "../" + page(org);
    }

    /** A pack document (workbook or report) from an organisation's page: out of site/ and into the pack's folder. */
    static String document(Level level, String fileName) {
        return "../../" + folder(level) + "/" + fileName;
    }
}
