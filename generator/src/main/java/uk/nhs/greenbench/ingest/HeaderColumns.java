package uk.nhs.greenbench.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a table holds each header a layout reads. A header the sheet repeats (2014/15's PFI block repeats "Waste cost
 * (£)") is told apart by the section title above it, as the layout states; one that cannot be told apart is refused,
 * naming the columns, because reading either could be wrong and adding both would double the figure.
 */
final class HeaderColumns {
    private final SourceTable table;
    private final EricLayout layout;
    private final Map<String, List<Integer>> columns = new HashMap<>();
    private final Map<String, Integer> resolved = new LinkedHashMap<>();

    HeaderColumns(SourceTable table, EricLayout layout) {
        this.table = table;
        this.layout = layout;
        for (int i = 0; i < table.headers().size(); i++) {
            String h = EricLayout.normalise(table.headers().get(i));
            if (!h.isEmpty()) columns.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
        }
        List<String> problems = new ArrayList<>();
        for (String h : readHeaders(layout)) {
            List<Integer> cols = columns.getOrDefault(EricLayout.normalise(h), List.of());
            if (cols.isEmpty()) continue;
            List<Integer> chosen = cols.size() == 1 ? cols : underSection(cols, layout.sectionOf(h));
            if (chosen.size() == 1) {
                resolved.put(EricLayout.normalise(h), chosen.get(0));
            } else {
                List<String> letters = cols.stream().map(c -> EricRowMapper.columnLetter(c) + " (" + (c + 1)
                        + (table.section(c).isEmpty() ? "" : ", under \"" + table.section(c) + "\"") + ")").toList();
                problems.add("\"" + h.trim() + "\" in columns " + String.join(", ", letters));
            }
        }
        if (problems.isEmpty()) return;
        throw InputException.at(table.displayName(), table.headerRowNumber(), "",
                "the header row repeats " + (problems.size() == 1 ? "a header" : problems.size() + " headers") + " that layout "
                        + layout.id() + " reads: " + String.join("; ", problems) + ". greenbench cannot tell which column holds the figure, "
                        + "and summing both would double it: remove or rename the repeated column, or name the section to read it "
                        + "from in the layout's \"sections\".");
    }

    private List<Integer> underSection(List<Integer> cols, String section) {
        if (section.isEmpty()) return cols;
        String wanted = EricLayout.normalise(section);
        return cols.stream().filter(c -> EricLayout.normalise(table.section(c)).equals(wanted)).toList();
    }

    /** Every header the layout reads: its identity columns, then each measure's. */
    static List<String> readHeaders(EricLayout layout) {
        List<String> all = new ArrayList<>(layout.identity().values());
        layout.measures().values().forEach(all::addAll);
        for (EricLayout.Derived d : layout.derived().values()) if (d.header() != null && !all.contains(d.header())) all.add(d.header());
        return all;
    }

    /** The column of a header the layout reads, or null when the table lacks it. */
    Integer column(String header) {
        return resolved.get(EricLayout.normalise(header));
    }

    /** The columns the layout reads. */
    java.util.Set<Integer> used() {
        return new java.util.TreeSet<>(resolved.values());
    }
}
