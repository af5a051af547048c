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
        useLocaleServicesOfOurOwn();
        Locale.setDefault(Locale.UK);
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    /**
     * Lets the JDK use greenbench's own line-break iterator for British English (RememberedBreaksProvider: the JDK's
     * breaks, found once per text), ahead of its built-in locale data, which is otherwise used as before. The JDK reads
     * this once, when a locale service is first asked for: main sets it before anything else. A value already given
     * (-Djava.locale.providers=…) is kept.
     */
    static void useLocaleServicesOfOurOwn() {
        // JDK 17's default order (CLDR, then the old JRE data) with SPI first; from JDK 21 naming COMPAT prints a warning.
        if (System.getProperty("java.locale.providers") == null) {
            System.setProperty("java.locale.providers", Runtime.version().feature() < 21 ? "SPI,CLDR,COMPAT" : "SPI,CLDR");
        }
    }
}
