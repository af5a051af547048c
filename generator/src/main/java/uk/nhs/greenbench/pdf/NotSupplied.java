package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.indicator.IndicatorDefinition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indicators that need returns (figures not in ERIC) which nobody supplied: reports name them once, in a line,
 * instead of a table row or a section of "n/a" each.
 */
final class NotSupplied {
    private NotSupplied() {
    }

    /** The indicators whose rows are all not supplied, in the rows' order. */
    static Set<String> ids(List<FigureRow> rows) {
        Set<String> supplied = new LinkedHashSet<>(), missing = new LinkedHashSet<>();
        for (FigureRow r : rows) (r.notSupplied() ? missing : supplied).add(r.indicator());
        missing.removeAll(supplied);
        return missing;
    }

    /** "No data supplied for a; b. They need ..." or empty. */
    static String line(Set<String> ids, Map<String, IndicatorDefinition> defs) {
        if (ids.isEmpty()) return "";
        return "No data supplied for " + String.join("; ", ids.stream().map(id -> AreaReport.lower(defs.get(id).title())).toList())
                + ": figures not in ERIC, which a returns file (or OpenPrescribing, for inhalers) adds; the README says how.";
    }
}
