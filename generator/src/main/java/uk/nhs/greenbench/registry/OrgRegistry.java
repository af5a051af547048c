package uk.nhs.greenbench.registry;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.TextDecoding;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Trust → ICB (ICS) → NHS region. A trust's ICB is NHS England's own assignment ({@code icb-partners-master.xlsx},
 * "ICB Financial Apportionment"); a closed trust it lacks takes its successor's ({@code trust-successors.csv}) or,
 * failing that, the ODS etr file's (head-office postcode). Names from the ONS ICB list and {@code nhs-regions.csv};
 * peer-group mappings from {@code peer-groups.csv}.
 */
public final class OrgRegistry {
    public static final String APPORTIONMENT = "icb-partners-master.xlsx", SUCCESSORS = "trust-successors.csv",
            PEER_GROUPS = "peer-groups.csv";
    private final Map<String, Organisation> trusts;
    private final Map<String, Area> icbs;
    private final Map<String, Area> regions;
    private final Map<String, String> regionByEricName;
    private final Map<String, Organisation> subIcbs;
    private final PeerGroupMap peerGroups;

    public OrgRegistry(Map<String, Organisation> trusts, Map<String, Area> icbs, Map<String, Area> regions,
                       Map<String, String> regionByEricName) {
        this(trusts, icbs, regions, regionByEricName, Map.of());
    }

    /** @param subIcbs CCGs and sub-ICB locations (ODS eccg), each with its ICB and region */
    public OrgRegistry(Map<String, Organisation> trusts, Map<String, Area> icbs, Map<String, Area> regions,
                       Map<String, String> regionByEricName, Map<String, Organisation> subIcbs) {
        this(trusts, icbs, regions, regionByEricName, subIcbs, PeerGroupMap.NONE);
    }

    public OrgRegistry(Map<String, Organisation> trusts, Map<String, Area> icbs, Map<String, Area> regions,
                       Map<String, String> regionByEricName, Map<String, Organisation> subIcbs, PeerGroupMap peerGroups) {
        this.peerGroups = peerGroups;
        this.trusts = Collections.unmodifiableMap(new LinkedHashMap<>(trusts));
        this.icbs = Collections.unmodifiableMap(new LinkedHashMap<>(icbs));
        this.regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        this.regionByEricName = Collections.unmodifiableMap(new LinkedHashMap<>(regionByEricName));
        this.subIcbs = Collections.unmodifiableMap(new LinkedHashMap<>(subIcbs));
    }

    /** The reference files {@link #load} reads, relative to the regions folder, for the manifest. */
    public static final List<String> FILES = List.of("etr.csv", APPORTIONMENT, SUCCESSORS, PEER_GROUPS,
            "icb_names_codes_dec_2024.csv", "nhs-regions.csv", "eccg.csv");

    /** Loads the files of {@link #FILES} from a folder. */
    public static OrgRegistry load(Path folder) {
        Map<String, Organisation> trusts = new LinkedHashMap<>();
        Path etr = folder.resolve("etr.csv");
        for (CSVRecord r : records(etr, false)) {
            if (r.size() < 12) {
                throw InputException.at(etr.getFileName().toString(), (int) r.getRecordNumber(), "",
                        "expected the 27 ODS fields, found " + r.size());
            }
            trusts.put(r.get(0).trim(), new Organisation(r.get(0).trim(), r.get(1).trim(), r.get(2).trim(),
                    r.get(3).trim(), r.get(10).trim(), r.get(11).trim()));
        }
        Map<String, Area> icbs = new LinkedHashMap<>();
        Path icbFile = folder.resolve("icb_names_codes_dec_2024.csv");
        for (CSVRecord r : records(icbFile, true)) {
            String code = required(icbFile, r, "ICB24CDH");
            icbs.put(code, new Area(code, required(icbFile, r, "ICB24NM")));
        }
        Map<String, Area> regions = new LinkedHashMap<>();
        Map<String, String> byEricName = new LinkedHashMap<>();
        Path regionFile = folder.resolve("nhs-regions.csv");
        for (CSVRecord r : records(regionFile, true)) {
            String code = required(regionFile, r, "region_code");
            regions.put(code, new Area(code, required(regionFile, r, "region_name")));
            byEricName.put(r.get("eric_commissioning_region").trim().toUpperCase(Locale.ROOT), code);
        }
        Map<String, Organisation> subIcbs = new LinkedHashMap<>();
        Path eccg = folder.resolve("eccg.csv");
        for (CSVRecord r : records(eccg, false)) {
            if (r.size() < 12) {
                throw InputException.at(eccg.getFileName().toString(), (int) r.getRecordNumber(), "", "expected the 27 ODS fields, found " + r.size());
            }
            subIcbs.put(r.get(0).trim(), new Organisation(r.get(0).trim(), r.get(1).trim(), r.get(2).trim(), r.get(3).trim(),
                    r.get(10).trim(), r.get(11).trim()));
        }
        place(trusts, IcbApportionment.read(folder.resolve(APPORTIONMENT)), folder.resolve(SUCCESSORS));
        return new OrgRegistry(trusts, icbs, regions, byEricName, subIcbs, peerGroups(folder.resolve(PEER_GROUPS)));
    }

    /**
     * Puts each trust in NHS England's ICB for it; a trust the apportionment lacks takes its successor's ICB when the
     * successors file names one, else keeps the etr file's. Trusts only the apportionment knows (care trusts) are added.
     */
    private static void place(Map<String, Organisation> trusts, Map<String, IcbApportionment.Entry> apportionment, Path successorsFile) {
        for (IcbApportionment.Entry e : apportionment.values()) {
            Organisation o = trusts.get(e.trustCode());
            trusts.put(e.trustCode(), o == null
                    ? new Organisation(e.trustCode(), e.trustName(), e.regionCode(), e.icbCode(), "", "", Organisation.BY_APPORTIONMENT)
                    : o.placedIn(e.icbCode(), e.regionCode(), Organisation.BY_APPORTIONMENT));
        }
        for (CSVRecord r : records(successorsFile, true)) {
            String predecessor = required(successorsFile, r, "predecessor_code"), successor = required(successorsFile, r, "successor_code");
            IcbApportionment.Entry to = apportionment.get(successor);
            if (to == null) {
                throw InputException.at(successorsFile.getFileName().toString(), (int) r.getRecordNumber() + 1, "successor_code",
                        successor + " is not in " + APPORTIONMENT + ", so its ICB is not known");
            }
            if (apportionment.containsKey(predecessor)) continue;
            Organisation o = trusts.get(predecessor);
            String how = "successor " + successor + " (" + to.trustName() + ")";
            trusts.put(predecessor, o == null
                    ? new Organisation(predecessor, required(successorsFile, r, "predecessor_name"), to.regionCode(), to.icbCode(), "",
                    r.get("from").trim(), how)
                    : o.placedIn(to.icbCode(), to.regionCode(), how));
        }
    }

    private static PeerGroupMap peerGroups(Path file) {
        List<PeerGroupMap.Rule> rules = new java.util.ArrayList<>();
        for (CSVRecord r : records(file, true)) {
            rules.add(new PeerGroupMap.Rule(required(file, r, "eric_trust_type"), r.get("trust_code").trim(),
                    required(file, r, "peer_group"), required(file, r, "reason")));
        }
        return new PeerGroupMap(rules);
    }

    /** The group a trust is compared in instead of its ERIC type, when {@code peer-groups.csv} says so. */
    public Optional<PeerGroupMap.Mapped> peerGroupFor(String trustCode, String ericType) {
        return peerGroups.of(trustCode, ericType);
    }

    /** The ICB an ICB or sub-ICB location (or former CCG) code belongs to, or null when neither list has it. */
    public String icbOf(String code) {
        if (icbs.containsKey(code)) return code;
        Organisation sub = subIcbs.get(code);
        return sub != null && icbs.containsKey(sub.icbCode()) ? sub.icbCode() : null;
    }

    /** The NHS region of an ICB: that of its open sub-ICB locations (the most common, should they differ), or "". */
    public String regionOfIcb(String icb) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Organisation o : subIcbs.values()) if (o.icbCode().equals(icb) && !o.isClosed()) counts.merge(o.regionCode(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static String required(Path file, CSVRecord r, String column) {
        if (!r.isMapped(column)) throw InputException.at(file.getFileName().toString(), 1, column, "column missing");
        String v = r.get(column).trim();
        if (v.isEmpty()) {
            throw InputException.at(file.getFileName().toString(), (int) r.getRecordNumber() + 1, column, "empty value");
        }
        return v;
    }

    private static List<CSVRecord> records(Path file, boolean header) {
        try {
            String text = TextDecoding.decode(Files.readAllBytes(file)).text();
            CSVFormat format = header
                    ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    : CSVFormat.DEFAULT;
            try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
                return p.getRecords();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** This registry with more trusts added (the benchmark's synthetic copies of real trusts). */
    public OrgRegistry withTrusts(java.util.Collection<Organisation> extra) {
        Map<String, Organisation> all = new LinkedHashMap<>(trusts);
        for (Organisation o : extra) all.put(o.code(), o);
        return new OrgRegistry(all, icbs, regions, regionByEricName, subIcbs, peerGroups);
    }

    public Map<String, Organisation> trusts() {
        return trusts;
    }

    public Optional<Organisation> trust(String code) {
        return Optional.ofNullable(trusts.get(code));
    }

    public Optional<Area> icb(String code) {
        return Optional.ofNullable(code == null ? null : icbs.get(code));
    }

    public Optional<Area> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    /** The region code for an ERIC "Commissioning Region" name, when it is one of today's seven. */
    public Optional<String> regionForEricName(String ericRegion) {
        return Optional.ofNullable(ericRegion == null ? null : regionByEricName.get(ericRegion.trim().toUpperCase(Locale.ROOT)));
    }

    public Map<String, Area> regions() {
        return regions;
    }

    public Map<String, Area> icbs() {
        return icbs;
    }
}
