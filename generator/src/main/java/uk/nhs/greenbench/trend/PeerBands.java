package uk.nhs.greenbench.trend;

import uk.nhs.greenbench.benchmark.Quantiles;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.PeerBand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The percentile bands of each comparator group, year by year (OpenPrescribing's view of a measure over time): for a
 * trust, the trusts of its peer group in each year (its group as it is now, so the line and the bands stay one
 * comparison); for an ICS and England, the ICSs; for a region, the regions. Usable values only (a likely unit error is
 * in no band), and no band for a group of fewer than five.
 */
final class PeerBands {
    static final int MIN_GROUP = 5;
    private final Map<String, PeerBand> bands = new HashMap<>();

    PeerBands(List<Figures> years) {
        for (Figures f : years) {
            Map<String, List<Double>> groups = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            for (FigureRow r : f.rows()) {
                if (r.usableValue() == null || !Double.isFinite(r.usableValue())) continue;
                String group = group(r.org());
                if (group == null || r.org().level().equals(Level.NATIONAL)) continue;
                groups.computeIfAbsent(f.year() + "|" + r.indicator() + "|" + group, k -> new ArrayList<>()).add(r.usableValue());
                names.putIfAbsent(group, label(r.org()));
            }
            groups.forEach((key, values) -> {
                if (values.size() < MIN_GROUP) return;
                double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                String group = key.substring(key.lastIndexOf('|') + 1);
                bands.put(key, new PeerBand(names.get(group), v.length, Quantiles.percentileInc(v, 0.1), Quantiles.percentileInc(v, 0.25),
                        Quantiles.percentileInc(v, 0.5), Quantiles.percentileInc(v, 0.75), Quantiles.percentileInc(v, 0.9)));
            });
        }
    }

    /** The band an organisation is drawn against in a year, or null. */
    PeerBand of(OrgRef org, String indicator, String year) {
        String group = org.level().equals(Level.NATIONAL) ? "ics" : group(org);
        return group == null ? null : bands.get(year + "|" + indicator + "|" + group);
    }

    private static String group(OrgRef org) {
        return switch (org.level()) {
            case TRUST -> org.peerGroup() == null || org.peerGroup().isEmpty() ? null : "trust:" + org.peerGroup();
            case ICS -> "ics";
            case REGION -> "region";
            case NATIONAL -> null;
        };
    }

    private static String label(OrgRef org) {
        return switch (org.level()) {
            case TRUST -> org.peerGroup() + " trusts";
            case ICS -> "ICSs";
            case REGION -> "regions";
            case NATIONAL -> "";
        };
    }
}
