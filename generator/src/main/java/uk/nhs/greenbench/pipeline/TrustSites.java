package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.List;

/** All the site rows one trust reported in a year, with the identity ERIC gave the trust. */
public record TrustSites(String code, String name, String ericRegion, String trustType, List<SiteRecord> sites) {
    public TrustSites {
        sites = List.copyOf(sites);
    }
}
