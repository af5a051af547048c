package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.benchmark.PeerDistribution;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Level;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Areas compared with areas: each ICS's value among all ICSs' values, each region's among all regions', with the
 * same quartiles and ranks as a trust among its peers. An area's savings stay the sum of its trusts' savings; this
 * only says where the area stands.
 */
public final class AreaComparison {
    private static final Map<Level, String> GROUPS = Map.of(Level.ICS, "All ICSs", Level.REGION, "All regions");

    private AreaComparison() {
    }

    /** The rows with a benchmark among their level's areas for ICSs and regions (when enough have a value); others as they are. */
    public static List<FigureRow> compare(List<FigureRow> areaRows, IndicatorDefinition d) {
        // One distribution per level, of the areas with a usable value; none when too few have one.
        Map<Level, PeerDistribution> levels = new EnumMap<>(Level.class);
        GROUPS.forEach((level, group) -> {
            List<Double> values = areaRows.stream().filter(o -> o.org().level() == level && o.usableValue() != null)
                    .map(FigureRow::usableValue).toList();
            if (values.size() >= PeerDistribution.MIN_PEERS) levels.put(level, PeerDistribution.of(group, false, values));
        });
        List<FigureRow> out = new ArrayList<>(areaRows.size());
        for (FigureRow r : areaRows) {
            PeerDistribution dist = levels.get(r.org().level());
            if (dist == null || r.usableValue() == null || r.benchmark().median() != null) {
                out.add(r);
                continue;
            }
            String group = dist.group();
            out.add(r.withBenchmark(new Benchmark(dist.n(), dist.median(), dist.q1(), dist.q3(), dist.percentile(r.value()),
                    dist.rank(r.value(), d.polarity()), group.toLowerCase(java.util.Locale.UK), group, dist.min(), dist.max(), dist.ties(r.value()))));
        }
        return out;
    }
}
