package uk.nhs.greenbench.opportunity;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.Pricing;

import uk.nhs.greenbench.model.Benchmark;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.Saving;
import uk.nhs.greenbench.registry.Area;
import uk.nhs.greenbench.registry.OrgRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * ICS, region and national rows from trust rows: value = ratio of the sums over member trusts with a usable value
 * (a likely unit error is left out, and counted); savings = the members' savings added as they are, £ and tCO2e
 * over the same trusts (each against its own peer group; a trust at or better than its benchmark adds nothing, a
 * move that costs money adds its cost). See {@link uk.nhs.greenbench.model.Headlines} for the one rule.
 */
public final class AreaRollup {
    public static final String NATIONAL_CODE = "ENG";

    private AreaRollup() {
    }

    public static List<FigureRow> rollUp(List<FigureRow> trustRows, double scale, OrgRegistry registry) {
        List<FigureRow> out = new ArrayList<>();
        Map<String, List<FigureRow>> byIcs = group(trustRows, r -> r.org().icsCode());
        for (Map.Entry<String, List<FigureRow>> e : byIcs.entrySet()) {
            String region = majority(e.getValue(), r -> r.org().regionCode());
            String name = registry.icb(e.getKey()).map(Area::name).orElse(e.getKey());
            out.add(area(new OrgRef(Level.ICS, e.getKey(), name, "", e.getKey(), region), e.getValue(), scale));
        }
        Map<String, List<FigureRow>> byRegion = group(trustRows, r -> r.org().regionCode());
        for (Map.Entry<String, List<FigureRow>> e : byRegion.entrySet()) {
            String name = registry.region(e.getKey()).map(Area::name).orElse(e.getKey());
            out.add(area(new OrgRef(Level.REGION, e.getKey(), name, "", "", e.getKey()), e.getValue(), scale));
        }
        if (!trustRows.isEmpty()) out.add(area(new OrgRef(Level.NATIONAL, NATIONAL_CODE, "England", "", "", ""), trustRows, scale));
        return out;
    }

    private static Map<String, List<FigureRow>> group(List<FigureRow> rows, Function<FigureRow, String> key) {
        return rows.stream().filter(r -> !key.apply(r).isEmpty())
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    private static String majority(List<FigureRow> rows, Function<FigureRow, String> key) {
        Map<String, Long> counts = rows.stream().map(key).filter(k -> !k.isEmpty())
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    public static FigureRow area(OrgRef org, List<FigureRow> members, double scale) {
        FigureRow any = members.get(0);
        double num = 0, den = 0;
        int withValue = 0, excluded = 0;
        Map<String, Double> factors = new TreeMap<>();
        for (FigureRow m : members) {
            if (m.excluded()) excluded++;
            if (m.usableValue() == null) continue;
            num += m.numerator();
            den += m.denominator();
            m.numeratorFactors().forEach((f, q) -> factors.merge(f, q, Double::sum));
            withValue++;
        }
        Double value = withValue > 0 && den > 0 ? num / den * scale : null;
        List<Flag> flags = new ArrayList<>();
        if (withValue + excluded < members.size()) {
            flags.add(Flag.of(Flag.Code.MEMBERS_WITHOUT_VALUE, (members.size() - withValue - excluded) + " of " + members.size()));
        }
        if (excluded > 0) flags.add(Flag.of(Flag.Code.MEMBERS_UNIT_ERROR_LIKELY, excluded + " left out"));
        // How many members carry each flag an area counts (the unit errors are counted above, as left out).
        Map<Flag.Code, Integer> memberFlags = new LinkedHashMap<>();
        for (FigureRow m : members) {
            for (Flag f : m.flags()) {
                if (f.code().members() != null && !f.is(Flag.Code.UNIT_ERROR_LIKELY)) memberFlags.merge(f.code().members(), 1, Integer::sum);
            }
        }
        memberFlags.forEach((code, n) -> flags.add(Flag.of(code, String.valueOf(n))));
        return new FigureRow(any.year(), org, any.indicator(), any.theme(), any.unit(), any.polarity(), any.savingUnit(),
                withValue > 0 ? num : null, withValue > 0 ? den : null, value, Benchmark.NONE,
                total(members, FigureRow::typical), total(members, FigureRow::stretch), any.factorYear(),
                flags, withValue, null, Pricing.NONE, "", factors, total(members, FigureRow::target));
    }

    private static Saving total(List<FigureRow> members, Function<FigureRow, Saving> which) {
        return Saving.total(members.stream().map(which).toList());
    }

    /** Sorts area rows: ICSs, then regions, then the nation; by code within each. */
    public static Comparator<FigureRow> order() {
        return Comparator.comparing((FigureRow r) -> r.org().level()).thenComparing(r -> r.org().code());
    }
}
