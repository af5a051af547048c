package uk.nhs.greenbench.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * All known ERIC layouts ({@code layouts/*.json}, except {@code measures.json}); finds the one a file uses
 * by its header row.
 */
public final class LayoutCatalogue {
    private final List<EricLayout> layouts;

    public LayoutCatalogue(List<EricLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    public static LayoutCatalogue load(Path folder, MeasureCatalogue measures) {
        List<EricLayout> layouts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (file.getFileName().toString().equals("measures.json")) continue;
                EricLayout layout;
                try {
                    layout = json.readValue(file.toFile(), EricLayout.class);
                } catch (IOException e) {
                    throw new InputException(JsonMessages.describe(file, e), e);
                }
                validate(file, layout, measures);
                layouts.add(layout);
            }
        } catch (IOException e) {
            throw new InputException(folder + ": cannot list layouts (" + e.getMessage() + ")", e);
        }
        if (layouts.isEmpty()) throw new InputException(folder + ": no layout files found");
        return new LayoutCatalogue(layouts);
    }

    private static void validate(Path file, EricLayout layout, MeasureCatalogue measures) {
        if (layout.id() == null || layout.id().isBlank()) throw new InputException(file + ": layout has no \"id\"");
        if (!layout.identity().containsKey("trust_code")) {
            throw new InputException(file + ": layout must map \"trust_code\" in \"identity\"");
        }
        if (layout.isWorkbook() && (layout.sheet() == null || layout.sheet().isBlank())) {
            throw new InputException(file + ": a workbook layout must name its \"sheet\"");
        }
        for (String m : layout.measures().keySet()) {
            if (!measures.contains(m)) throw new InputException(file + ": unknown measure \"" + m + "\" (not in layouts/measures.json)");
        }
        layout.derived().forEach((m, d) -> {
            if (!measures.contains(m)) throw new InputException(file + ": unknown measure \"" + m + "\" in \"derived\" (not in layouts/measures.json)");
            int kinds = (d.percentOf() != null ? 1 : 0) + (d.isSelect() ? 1 : 0) + (d.atLeast() != null ? 1 : 0) + (d.isPerSite() ? 1 : 0);
            String of = d.percentOf() != null ? d.percentOf() : d.weight();
            if (kinds != 1 || (d.header() == null) != d.isPerSite() || (of != null && !layout.measures().containsKey(of))) {
                throw new InputException(file + ": derived measure \"" + m + "\" needs a \"header\" and exactly one of \"percentOf\", "
                        + "\"whenIn\" (with an optional \"weight\") or \"atLeast\" - or \"perSite\": true alone - and the measure it names "
                        + "must be one of the layout's own \"measures\"");
            }
        });
    }

    public List<EricLayout> all() {
        return layouts;
    }

    public List<EricLayout> workbookLayouts() {
        return layouts.stream().filter(EricLayout::isWorkbook).toList();
    }

    public List<EricLayout> csvLayouts() {
        return layouts.stream().filter(l -> !l.isWorkbook()).toList();
    }

    /** The headers a layout needs that a table lacks. */
    public static List<String> missingHeaders(EricLayout layout, List<String> headers) {
        Set<String> seen = new HashSet<>();
        for (String h : headers) seen.add(EricLayout.normalise(h));
        List<String> missing = new ArrayList<>();
        for (String h : layout.identity().values()) if (!seen.contains(EricLayout.normalise(h))) missing.add(h);
        for (List<String> hs : layout.measures().values()) {
            for (String h : hs) if (!seen.contains(EricLayout.normalise(h))) missing.add(h);
        }
        for (EricLayout.Derived d : layout.derived().values()) {
            if (d.header() != null && !seen.contains(EricLayout.normalise(d.header())) && !missing.contains(d.header())) missing.add(d.header());
        }
        return missing;
    }

    static boolean hasAbsentHeader(EricLayout layout, List<String> headers) {
        for (String h : headers) {
            for (String absent : layout.absentHeaders()) if (EricLayout.normalise(h).equals(EricLayout.normalise(absent))) return true;
        }
        return false;
    }

    private static int headerCount(EricLayout l) {
        return l.identity().size() + l.measures().values().stream().mapToInt(List::size).sum();
    }

    /**
     * The layout whose headers are all present, preferring the one that maps the most measures; when none is, a site
     * layout composed from the known layouts' wording ({@link LayoutComposer}); when that cannot recognise the file either,
     * an error listing what the closest layout could not find.
     */
    public LayoutMatch match(SourceTable table, List<EricLayout> candidates) {
        EricLayout whole = wholeMatch(table, candidates);
        if (whole != null) return LayoutMatch.whole(whole);
        return LayoutComposer.compose(table, layouts).orElseThrow(() -> unknownLayout(table, candidates));
    }

    private static EricLayout wholeMatch(SourceTable table, List<EricLayout> candidates) {
        EricLayout best = null;
        for (EricLayout l : candidates) {
            if (hasAbsentHeader(l, table.headers())) continue;
            if (missingHeaders(l, table.headers()).isEmpty()
                    && (best == null || l.measures().size() > best.measures().size())) {
                best = l;
            }
        }
        return best;
    }

    private static InputException unknownLayout(SourceTable table, List<EricLayout> candidates) {
        // The closest layout is the one with the most of its headers present (then the one mapping most measures).
        EricLayout closest = candidates.stream().filter(l -> !hasAbsentHeader(l, table.headers()))
                .max(Comparator.comparingInt((EricLayout l) -> headerCount(l) - missingHeaders(l, table.headers()).size())
                        .thenComparingInt(l -> l.measures().size()))
                .orElse(null);
        StringBuilder msg = new StringBuilder(table.displayName())
                .append(": unknown ERIC layout - no file in layouts/ matches its headers.");
        if (closest != null) {
            Set<String> missing = new HashSet<>();
            for (String h : missingHeaders(closest, table.headers())) missing.add(EricLayout.normalise(h));
            List<String> missingMeasures = new ArrayList<>();
            for (Map.Entry<String, String> e : closest.identity().entrySet()) {
                if (missing.contains(EricLayout.normalise(e.getValue()))) missingMeasures.add(e.getKey() + " (\"" + e.getValue() + "\")");
            }
            for (Map.Entry<String, List<String>> e : closest.measures().entrySet()) {
                for (String h : e.getValue()) {
                    if (missing.contains(EricLayout.normalise(h))) missingMeasures.add(e.getKey() + " (\"" + h + "\")");
                }
            }
            msg.append("\nClosest layout: ").append(closest.id()).append("; measures it could not find:");
            for (String m : missingMeasures) msg.append("\n  - ").append(m);
        }
        msg.append("\nHeaders seen on row ").append(table.headerRowNumber()).append(":");
        for (String h : table.headers()) msg.append("\n  | ").append(h);
        msg.append("\nAdd a layout file to layouts/ that maps these headers to the measures in layouts/measures.json.");
        return new InputException(msg.toString());
    }
}
