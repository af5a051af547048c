package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.ingest.EricDataset;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.quality.QualityIssue;
import uk.nhs.greenbench.registry.Organisation;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trusts of one year: their site rows, and where each sits (ICS, region) according to the registry.
 * Trusts the registry does not know are kept and flagged, never dropped.
 */
public final class TrustDirectory {
    /** A trust with its place in the registry and the flags that placement raised. */
    public record Entry(TrustSites sites, OrgRef org, List<String> flags) {
    }

    private final Map<String, Entry> trusts;
    private final List<QualityIssue> issues;

    private TrustDirectory(Map<String, Entry> trusts, List<QualityIssue> issues) {
        this.trusts = trusts;
        this.issues = issues;
    }

    public static TrustDirectory build(List<EricDataset> datasets, OrgRegistry registry) {
        Map<String, List<SiteRecord>> byTrust = new TreeMap<>();
        Map<String, SiteRecord> firstRow = new LinkedHashMap<>();
        Map<String, SiteRecord> trustFileOnly = new TreeMap<>();
        List<QualityIssue> issues = new ArrayList<>();
        for (EricDataset d : datasets) {
            issues.addAll(d.issues());
            if (!d.layout().isSiteGrain()) continue;
            for (SiteRecord r : d.records()) {
                byTrust.computeIfAbsent(r.trustCode(), k -> new ArrayList<>()).add(r);
                firstRow.putIfAbsent(r.trustCode(), r);
            }
        }
        for (EricDataset d : datasets) {
            if (d.layout().isSiteGrain()) continue;
            for (SiteRecord r : d.records()) {
                if (!byTrust.containsKey(r.trustCode())) trustFileOnly.putIfAbsent(r.trustCode(), r);
            }
        }
        // Trusts that made only a trust-level return are kept (with no sites) so that they are listed, not dropped.
        for (Map.Entry<String, SiteRecord> e : trustFileOnly.entrySet()) {
            issues.add(new QualityIssue("no_site_data", e.getKey(), "", e.getValue().sourceRow(),
                    e.getValue().trustName() + " made a trust-level return but has no rows in the site data read, so no indicator can be computed for it."));
            byTrust.put(e.getKey(), new ArrayList<>());
            firstRow.put(e.getKey(), e.getValue());
        }
        Map<String, Entry> trusts = new LinkedHashMap<>();
        for (Map.Entry<String, List<SiteRecord>> e : byTrust.entrySet()) {
            SiteRecord first = firstRow.get(e.getKey());
            TrustSites sites = new TrustSites(e.getKey(), first.trustName(), first.region(), first.trustType(), e.getValue());
            List<String> flags = new ArrayList<>();
            if (e.getValue().isEmpty()) flags.add("no_site_data");
            Optional<Organisation> org = registry.trust(e.getKey());
            String ics = "", region = "";
            if (org.isPresent()) {
                region = org.get().regionCode();
                if (registry.icb(org.get().icbCode()).isPresent()) {
                    ics = org.get().icbCode();
                } else {
                    flags.add("ics_unknown(" + org.get().icbCode() + ")");
                    issues.add(new QualityIssue("ics_unknown", e.getKey(), "", "regions/etr.csv",
                            "The registry places " + e.getKey() + " in ICB " + org.get().icbCode()
                                    + ", which is not in the ICB list; the trust is left out of ICS totals."));
                }
                if (org.get().isClosed()) {
                    flags.add("closed_in_ods(" + org.get().closeDate() + ")");
                }
            } else {
                flags.add("unknown_trust");
                Optional<String> fromEric = registry.regionForEricName(first.region());
                region = fromEric.orElse("");
                issues.add(new QualityIssue("unknown_trust", e.getKey(), "", first.sourceRow(),
                        first.trustName() + " is not in the ODS trust file (regions/etr.csv), so it has no ICS"
                                + (fromEric.isPresent() ? "; its region is taken from ERIC's Commissioning Region (" + first.region() + ")."
                                : " and no region; it counts only in the national figures.")));
            }
            OrgRef ref = new OrgRef(OrgRef.TRUST, e.getKey(), first.trustName(), PeerGroups.fromTrustType(first.trustType()), ics, region);
            trusts.put(e.getKey(), new Entry(sites, ref, flags));
        }
        return new TrustDirectory(trusts, issues);
    }

    public Map<String, Entry> trusts() {
        return trusts;
    }

    public List<QualityIssue> issues() {
        return issues;
    }
}
