package uk.nhs.greenbench.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads a published site file that no layout matches whole (a year greenbench does not bundle, such as the 2015/16 HEFS
 * workbook that mixes 2013/14's and 2016/17's wording) by composing a layout from the known ones: each identity column
 * and each measure is read with the wording of some known layout whose headers for it are all in the file. A file is
 * recognised when it has a trust code, a floor area and at least one energy measure; a measure the closest known layout
 * reads but the file lacks is "not published" in it, and the indicators that need it are not computed.
 */
final class LayoutComposer {
    /** Measures that are energy consumed: a file with none of them is not an ERIC site file greenbench can use. */
    private static final Set<String> ENERGY = Set.of("elec_grid_kwh", "elec_green_tariff_kwh", "elec_third_party_renewable_kwh",
            "elec_other_renewable_kwh", "elec_onsite_renewable_kwh", "elec_local_kwh", "elec_renewable_kwh", "gas_kwh", "oil_kwh",
            "coal_kwh", "steam_kwh", "hot_water_kwh", "nonfossil_renewable_kwh");

    private LayoutComposer() {
    }

    static Optional<LayoutMatch> compose(SourceTable table, List<EricLayout> known) {
        Set<String> present = new HashSet<>();
        for (String h : table.headers()) present.add(EricLayout.normalise(h));
        // The closest layout (most of its headers in the file) first, then the newest: a wording two layouts share is
        // credited to the first, so the composition names as few layouts as it can.
        List<EricLayout> sites = known.stream().filter(EricLayout::isSiteGrain)
                .sorted(Comparator.comparingLong((EricLayout l) -> headersPresent(l, present)).reversed()
                        .thenComparing(Comparator.comparing(LayoutComposer::latestYear).reversed())).toList();
        Map<String, String> identity = new LinkedHashMap<>();
        Map<String, List<String>> measures = new TreeMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, Set<String>> wordingFrom = new TreeMap<>();
        for (EricLayout l : sites) {
            l.identity().forEach((role, h) -> {
                if (!identity.containsKey(role) && present.contains(EricLayout.normalise(h))) identity.put(role, h);
            });
        }
        Set<String> ids = new TreeSet<>();
        sites.forEach(l -> ids.addAll(l.measures().keySet()));
        for (String m : ids) {
            EricLayout from = null;
            for (EricLayout l : sites) {
                List<String> hs = l.measures().get(m);
                if (hs == null || !hs.stream().allMatch(h -> present.contains(EricLayout.normalise(h)))) continue;
                if (from == null || hs.size() > from.measures().get(m).size()) from = l;
            }
            if (from == null) continue;
            measures.put(m, from.measures().get(m));
            for (String h : from.measures().get(m)) if (!from.sectionOf(h).isEmpty()) sections.put(h, from.sectionOf(h));
            wordingFrom.computeIfAbsent(from.id(), k -> new TreeSet<>()).add(m);
        }
        if (!identity.containsKey("trust_code") || !measures.containsKey("gia_m2")
                || measures.keySet().stream().noneMatch(ENERGY::contains)) {
            return Optional.empty();
        }
        EricLayout closest = sites.get(0);
        Map<String, String> notPublished = new TreeMap<>();
        closest.measures().forEach((m, hs) -> {
            if (!measures.containsKey(m)) notPublished.put(m, String.join("\", \"", hs));
        });
        List<String> notes = new ArrayList<>();
        notes.add("No layout file matches all of " + table.displayName() + "'s headers; greenbench read it with the wording of the "
                + "known layouts below.");
        wordingFrom.forEach((id, ms) -> notes.add("Read with layout " + id + "'s wording: " + String.join(", ", ms) + "."));
        notPublished.forEach((m, h) -> notes.add("Not published in this file: " + m + " (layout " + closest.id() + " reads \"" + h + "\")."));
        EricLayout composed = new EricLayout("composed:" + String.join("+", wordingFrom.keySet()),
                "Composed for " + table.displayName() + " from the wording of known layouts.", "site",
                table.sheet() == null || table.sheet().isEmpty() ? "csv" : "workbook", table.sheet(), table.headerRowNumber(),
                List.of(), identity, measures, List.of(), sections, Map.of(), notes);
        return Optional.of(new LayoutMatch(composed, notPublished));
    }

    private static long headersPresent(EricLayout l, Set<String> present) {
        return HeaderColumns.readHeaders(l).stream().filter(h -> present.contains(EricLayout.normalise(h))).count();
    }

    private static String latestYear(EricLayout l) {
        return l.years().stream().max(String::compareTo).orElse("");
    }
}
