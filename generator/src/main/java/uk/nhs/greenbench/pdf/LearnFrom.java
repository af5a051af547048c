package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.QuartilePosition;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;
import uk.nhs.greenbench.model.FigureRow;

import uk.nhs.greenbench.model.OrgRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who to learn from: for every indicator on which a trust is in the worse half of its comparators, the best of those
 * same comparators, with their values (the data-driven form of the SDU's "case studies and best practice"; no case
 * study is invented). Named from the very values its benchmarks were taken from.
 */
final class LearnFrom {
    static final int NAMED = 3;
    /** Lines in an ICS report's list, largest typical saving first. */
    static final int AREA_LINES = 8;

    private LearnFrom() {
    }

    /**
     * One line per headline indicator in the worse half, then one naming the other indicators in the worse half (other
     * views of the same gaps, whose best peers are on the workbook's Peers sheet); empty when the trust is in the better
     * half of everything.
     */
    static List<String> lines(List<FigureRow> rows, FiguresIndex index, Map<String, IndicatorDefinition> defs) {
        List<String> out = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (FigureRow r : rows) {
            IndicatorDefinition d = defs.get(r.indicator());
            QuartilePosition q = QuartilePosition.of(r.value(), r.benchmark(), d.polarity());
            if (r.notSupplied() || r.benchmark().rank() == null || (q != QuartilePosition.WORSE && q != QuartilePosition.WORST)) continue;
            if (!d.isHeadline()) {
                others.add(AreaReport.lower(d.title()));
                continue;
            }
            List<String> best = new ArrayList<>();
            for (FigureRow p : index.comparators(r, d.polarity() == Polarity.LOW_IS_GOOD)) {
                if (p.org().code().equals(r.org().code())) continue;
                best.add(named(p, r.benchmark().median()));
                if (best.size() == NAMED) break;
            }
            if (best.isEmpty()) continue;
            out.add(d.title() + " (" + r.unit() + "; this trust " + Formats.value(r.value(), r.benchmark().median()) + ", "
                    + q.label().toLowerCase(java.util.Locale.UK) + "): " + String.join("; ", best) + ".");
        }
        if (!others.isEmpty()) {
            out.add("Also in the worse half on " + String.join(", ", others) + " (other views of the same gaps): the best of the "
                    + "same peers are on the workbook's Peers sheet.");
        }
        return out;
    }

    /**
     * For an ICS: per headline indicator and comparison group, the member trusts in the worse half and the best of
     * their comparators outside the ICS, each marked when it sits in the ICS's own region (a visit is a short trip).
     */
    static List<String> forArea(OrgRef area, List<FigureRow> memberRows, FiguresIndex index, Map<String, IndicatorDefinition> defs) {
        Map<String, List<FigureRow>> behind = new LinkedHashMap<>();
        for (FigureRow r : memberRows) {
            IndicatorDefinition d = defs.get(r.indicator());
            QuartilePosition q = QuartilePosition.of(r.value(), r.benchmark(), d.polarity());
            if (!d.isHeadline() || r.notSupplied() || r.benchmark().rank() == null || (q != QuartilePosition.WORSE && q != QuartilePosition.WORST)) continue;
            behind.computeIfAbsent(r.indicator() + "|" + r.benchmark().comparator(), k -> new ArrayList<>()).add(r);
        }
        // Largest opportunity first, and at most AREA_LINES of them: a large ICS's list would otherwise fill pages.
        List<List<FigureRow>> groups = new ArrayList<>(behind.values());
        groups.sort(java.util.Comparator.comparingDouble((List<FigureRow> g) -> -g.stream()
                .mapToDouble(r -> r.typical().gbp() == null ? 0 : Math.max(0, r.typical().gbp())).sum()));
        List<String> out = new ArrayList<>();
        int more = Math.max(0, groups.size() - AREA_LINES);
        for (List<FigureRow> group : groups.subList(0, groups.size() - more)) {
            FigureRow first = group.get(0);
            IndicatorDefinition d = defs.get(first.indicator());
            Double typical = first.benchmark().median();
            List<String> best = new ArrayList<>();
            List<FigureRow> outside = index.comparators(first, d.polarity() == Polarity.LOW_IS_GOOD).stream()
                    .filter(p -> !p.org().icsCode().equals(area.code())).toList();
            long tied = outside.isEmpty() ? 0 : outside.stream().filter(p -> p.value().equals(outside.get(0).value())).count();
            for (FigureRow p : outside) {
                best.add(named(p, typical)
                        + (p.org().regionCode().equals(area.regionCode()) ? ", in this region" : ""));
                if (best.size() == NAMED) break;
            }
            if (best.isEmpty()) continue;
            List<String> who = group.stream().map(r -> r.org().code() + " " + Formats.value(r.value(), typical) + " ("
                    + QuartilePosition.of(r.value(), r.benchmark(), d.polarity()).label().toLowerCase(Locale.UK) + ")").toList();
            // Many peers at the best value (0% landfill) are named by code: say how many share it, so none looks singled out.
            String ties = tied > NAMED ? " (" + tied + " peers share the best value; the first " + NAMED + " by code)" : "";
            out.add(d.title() + " (" + first.unit() + "), " + String.join(" and ", who) + "; the best of "
                    + (group.size() == 1 ? "its" : "their") + " peers (" + first.benchmark().comparator() + ")" + ties + ": " + String.join("; ", best) + ".");
        }
        if (more > 0) {
            out.add(more + " more indicator and peer-group pairs with a member in the worse half, with smaller savings: each"
                    + " trust's own report names the best of its peers.");
        }
        return out;
    }

    /** "University Hospitals Plymouth (RK9) 265": a peer as every list of whom to learn from names it. */
    private static String named(FigureRow peer, Double typical) {
        return OrgNames.brief(peer.org().name()) + " (" + peer.org().code() + ") " + Formats.value(peer.value(), typical);
    }
}
