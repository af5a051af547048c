package uk.nhs.greenbench.model;

import java.util.List;

/**
 * One ERIC site of a trust, as published: its floor area and, for each indicator shown site by site, its numerator's
 * total and the indicator's value for the site alone (null where the site did not report what it needs).
 *
 * @param sourceRow the file and row the site was read from
 */
public record SiteRow(String trustCode, String siteCode, String siteName, String siteType, Double floorAreaM2,
                      List<Measure> measures, String sourceRow) {
    public SiteRow {
        measures = List.copyOf(measures);
    }

    /**
     * @param indicator the indicator's id
     * @param total     its numerator for the site, in the site column's unit (divisor applied)
     * @param value     the indicator's value for the site (numerator ÷ denominator × scale)
     */
    public record Measure(String indicator, Double total, Double value) {
    }
}
