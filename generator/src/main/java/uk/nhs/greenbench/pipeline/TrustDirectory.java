package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.ingest.ReturnsFile;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.quality.QualityIssue;
import uk.nhs.greenbench.registry.Organisation;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.registry.PeerGroupMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trusts of one year: their sums, and where each sits (ICS, region) according to the registry.
 * Trusts the registry does not know are kept and flagged, never dropped.
 */
public final class TrustDirectory {
    /**
     * A trust with its place in the registry and the flags that placement raised.
     *
     * @param peerTypeMapped how its ERIC type was mapped to another peer group, or null when it is compared as its type
     */
    public record Entry(TrustSums sums, OrgRef org, List<Flag> flags, PeerGroupMap.Mapped peerTypeMapped) {
    }

    private final Map<String, Entry> trusts;
    private final List<QualityIssue> issues;

    private TrustDirectory(Map<String, Entry> trusts, List<QualityIssue> issues) {
        this.trusts = trusts;
        this.issues = issues;
    }

    public static TrustDirectory build(YearSums year, OrgRegistry registry) {
        Map<String, TrustSums> byTrust = new TreeMap<>(year.siteTrusts());
        List<QualityIssue> issues = new ArrayList<>(year.issues());
        // Trusts that made only a trust-level return are kept (with no sites) so that they are listed, not dropped.
        for (Map.Entry<String, SiteRecord> e : year.trustRows().entrySet()) {
            if (byTrust.containsKey(e.getKey())) continue;
            issues.add(new QualityIssue(Flag.Code.NO_SITE_DATA.id(), e.getKey(), "", e.getValue().sourceRow(),
                    e.getValue().trustName() + " made a trust-level return but has no rows in the site data read, so no indicator can be computed for it."));
            byTrust.put(e.getKey(), year.withoutSites(e.getValue()));
        }
        for (Map.Entry<String, SiteRecord> e : year.trustRows().entrySet()) byTrust.get(e.getKey()).addTrustRow(e.getValue());
        for (Map.Entry<String, ReturnsFile.Record> r : year.returns().entrySet()) {
            TrustSums t = byTrust.get(r.getKey());
            if (t != null) {
                t.addReturn(r.getValue());
            } else {
                issues.add(new QualityIssue("returns_not_a_trust", r.getKey(), "", String.join("; ", new java.util.TreeSet<>(r.getValue().rows().values())),
                        r.getKey() + " has returns for " + r.getValue().year() + " but is not a trust in the year's ERIC data, so its returns are not used."));
            }
        }
        Map<String, Entry> trusts = new LinkedHashMap<>();
        for (TrustSums t : byTrust.values()) {
            List<Flag> flags = new ArrayList<>();
            if (t.sites() == 0) flags.add(Flag.of(Flag.Code.NO_SITE_DATA));
            Optional<Organisation> org = registry.trust(t.code());
            String ics = "", region = "";
            if (org.isPresent()) {
                region = org.get().regionCode();
                if (registry.icb(org.get().icbCode()).isPresent()) {
                    ics = org.get().icbCode();
                } else {
                    flags.add(Flag.of(Flag.Code.ICS_UNKNOWN, org.get().icbCode()));
                    issues.add(new QualityIssue(Flag.Code.ICS_UNKNOWN.id(), t.code(), "", placementSource(org.get()),
                            "The registry places " + t.code() + " in ICB " + org.get().icbCode()
                                    + ", which is not in the ICB list; the trust is left out of ICS totals."));
                }
                if (org.get().isClosed()) {
                    flags.add(Flag.of(Flag.Code.CLOSED_IN_ODS, org.get().closeDate()));
                }
                if (!ics.isEmpty() && !org.get().placement().equals(Organisation.BY_APPORTIONMENT)) {
                    issues.add(new QualityIssue("ics_not_apportioned", t.code(), "", placementSource(org.get()),
                            t.name() + " is not in NHS England's ICB financial apportionment (" + OrgRegistry.APPORTIONMENT + "); it is placed in "
                                    + ics + " by " + (org.get().placement().equals(Organisation.BY_ETR)
                                    ? "the ODS etr file (its head-office postcode)" : "its " + org.get().placement()) + "."));
                }
            } else {
                flags.add(Flag.of(Flag.Code.UNKNOWN_TRUST));
                Optional<String> fromEric = registry.regionForEricName(t.ericRegion());
                region = fromEric.orElse("");
                issues.add(new QualityIssue(Flag.Code.UNKNOWN_TRUST.id(), t.code(), "", t.firstRow(),
                        t.name() + " is in neither NHS England's ICB apportionment nor the ODS trust file (regions/etr.csv), so it has no ICS"
                                + (fromEric.isPresent() ? "; its region is taken from ERIC's Commissioning Region (" + t.ericRegion() + ")."
                                : " and no region; it counts only in the national figures.")));
            }
            String type = PeerGroups.fromTrustType(t.trustType());
            Optional<PeerGroupMap.Mapped> mapped = registry.peerGroupFor(t.code(), type);
            if (mapped.isPresent()) {
                type = mapped.get().peerGroup();
                flags.add(Flag.peerTypeMapped(mapped.get().ericType(), type));
            }
            OrgRef ref = new OrgRef(Level.TRUST, t.code(), spelling(t.name(), org), type, ics, region);
            trusts.put(t.code(), new Entry(t, ref, flags, mapped.orElse(null)));
        }
        return new TrustDirectory(trusts, issues);
    }

    private static String placementSource(Organisation o) {
        return switch (o.placement()) {
            case Organisation.BY_APPORTIONMENT -> "regions/" + OrgRegistry.APPORTIONMENT;
            case Organisation.BY_ETR -> "regions/etr.csv";
            default -> "regions/" + OrgRegistry.SUCCESSORS;
        };
    }

    public Map<String, Entry> trusts() {
        return trusts;
    }

    public List<QualityIssue> issues() {
        return issues;
    }

    /**
     * The trust's name as ERIC publishes it, except where ERIC has left out the apostrophes of the ODS name and nothing
     * else ("SHEFFIELD CHILDRENS" for ODS's "SHEFFIELD CHILDREN'S"): then the ODS spelling, so that no report misspells it.
     */
    static String spelling(String ericName, Optional<Organisation> ods) {
        if (ods.isEmpty() || ods.get().name() == null || ericName == null) return ericName;
        String odsName = ods.get().name();
        return !odsName.equals(ericName) && odsName.replace("'", "").equalsIgnoreCase(ericName) ? odsName : ericName;
    }
}
