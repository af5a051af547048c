package uk.nhs.greenbench.ingest;

import java.util.Map;

/**
 * One row of an ERIC file after mapping: who it belongs to, and its canonical measures. A measure the
 * publisher marked "Not Applicable" (or left blank) is absent from {@code measures}, never zero.
 *
 * @param sourceRow file and row number, so every figure can be traced to the rows it came from
 */
public record SiteRecord(String trustCode, String trustName, String region, String trustType, String siteCode,
                         String siteName, String siteType, Map<String, Double> measures, String sourceRow) {
    public SiteRecord {
        measures = Map.copyOf(measures);
    }

    public Double measure(String id) {
        return measures.get(id);
    }
}
