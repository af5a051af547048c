package uk.nhs.greenbench.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The returns files of a run, taken together: one organisation's figures for a year may come from several files,
 * but each figure from one only.
 */
public final class Returns {
    public static final Returns NONE = new Returns(List.of(), Map.of());

    private final List<ReturnsFile> files;
    private final Map<String, Map<String, ReturnsFile.Record>> byYear;

    private Returns(List<ReturnsFile> files, Map<String, Map<String, ReturnsFile.Record>> byYear) {
        this.files = List.copyOf(files);
        this.byYear = byYear;
    }

    public static Returns of(List<ReturnsFile> files) {
        Map<String, Map<String, Map<String, Double>>> values = new TreeMap<>();
        Map<String, Map<String, Map<String, String>>> rows = new TreeMap<>();
        for (ReturnsFile f : files) {
            for (String year : f.years()) {
                for (ReturnsFile.Record r : f.forYear(year).values()) {
                    Map<String, Double> v = values.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(r.orgCode(), k -> new LinkedHashMap<>());
                    Map<String, String> at = rows.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(r.orgCode(), k -> new HashMap<>());
                    for (Map.Entry<String, Double> m : r.measures().entrySet()) {
                        String earlier = at.putIfAbsent(m.getKey(), r.rows().get(m.getKey()));
                        if (earlier != null) {
                            throw new InputException(r.rows().get(m.getKey()) + ": " + m.getKey() + " for " + r.orgCode() + " in " + year
                                    + " is also given at " + earlier + "; give each figure in one returns file only");
                        }
                        v.put(m.getKey(), m.getValue());
                    }
                }
            }
        }
        Map<String, Map<String, ReturnsFile.Record>> byYear = new TreeMap<>();
        values.forEach((year, orgs) -> orgs.forEach((org, v) -> byYear.computeIfAbsent(year, k -> new TreeMap<>())
                .put(org, new ReturnsFile.Record(year, org, v, rows.get(year).get(org)))));
        return new Returns(files, byYear);
    }

    public List<ReturnsFile> files() {
        return files;
    }

    /** Organisation code → its figures for the year, from every file. */
    public Map<String, ReturnsFile.Record> forYear(String year) {
        return byYear.getOrDefault(year, Map.of());
    }
}
