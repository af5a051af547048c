package uk.nhs.greenbench.cli;

import java.util.Locale;
import java.util.TimeZone;

/**
 * The same inputs give the same bytes on any machine: the libraries that format numbers and dates (JasperReports,
 * JFreeChart's chart axes, the PDF library's dates) follow the JVM's default locale and time zone, so they are fixed
 * to British English and UTC before anything is written. ("200,000" on an axis, never "200.000".)
 */
final class Reproducible {
    private Reproducible() {
    }

    static void settle() {
        Locale.setDefault(Locale.UK);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }
}
