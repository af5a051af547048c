package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.factor.FactorSet;
import uk.nhs.greenbench.indicator.Expression;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.model.SiteRow;
import uk.nhs.greenbench.model.Sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A year's sites as they are read: each site row's floor area and, for every indicator declared with a {@code site}
 * column, its numerator and value for that site alone, by the same expressions and factors as the trust's figures.
 * Keeps each trust's {@link Sites#LISTED} largest sites, so memory does not grow with a file's length.
 */
final class SiteTable {
    private static final Comparator<SiteRow> SMALLEST_FIRST = Comparator.comparingDouble((SiteRow s) -> area(s))
            .thenComparing(SiteRow::siteCode, Comparator.reverseOrder());
    private final List<IndicatorDefinition> shown;
    private final FactorSet factors;
    private final Map<String, PriorityQueue<SiteRow>> byTrust = new HashMap<>();
    private final Map<String, Integer> dropped = new HashMap<>();
    private boolean any;

    SiteTable(List<IndicatorDefinition> indicators, FactorSet factors) {
        this.shown = indicators.stream().filter(d -> d.site() != null && !d.isIcsGrain()).toList();
        this.factors = factors;
    }

    void add(SiteRecord r) {
        any = true;
        PriorityQueue<SiteRow> q = byTrust.computeIfAbsent(r.trustCode(), k -> new PriorityQueue<>(SMALLEST_FIRST));
        Double gia = r.measure("gia_m2");
        // A full list keeps its largest sites: a smaller one is counted, not worked out (a million-row file stays cheap).
        if (q.size() >= Sites.LISTED && (gia == null ? -1 : gia) <= area(q.peek())) {
            dropped.merge(r.trustCode(), 1, Integer::sum);
            return;
        }
        List<SiteRow.Measure> measures = new ArrayList<>(shown.size());
        for (IndicatorDefinition d : shown) {
            Double numerator = evaluate(d.numerator(), r), denominator = evaluate(d.denominator(), r);
            Double value = numerator == null || denominator == null || denominator == 0 ? null
                    : numerator / denominator * (d.scale() == null ? 1 : d.scale());
            measures.add(new SiteRow.Measure(d.id(), numerator == null ? null : numerator / d.site().divide(), value));
        }
        SiteRow row = new SiteRow(r.trustCode(), r.siteCode(), r.siteName(), r.siteType(), gia, measures, r.sourceRow());
        q.add(row);
        if (q.size() > Sites.LISTED) {
            q.poll();
            dropped.merge(r.trustCode(), 1, Integer::sum);
        }
    }

    /** The sites read, each trust's largest floor area first; not published when no file of the year had site rows. */
    Sites sites() {
        if (!any) return Sites.NONE;
        Map<String, List<SiteRow>> out = new TreeMap<>();
        byTrust.forEach((trust, q) -> out.put(trust, q.stream().sorted(SMALLEST_FIRST.reversed()).toList()));
        return new Sites(true, out, dropped);
    }

    private Double evaluate(Expression e, SiteRecord r) {
        try {
            OptionalDouble v = e.evaluate(r.measures(), factors, new HashSet<>());
            return v.isPresent() ? v.getAsDouble() : null;
        } catch (Expression.MissingFactorException missing) {
            // The trust's figures say which factor is missing; a site shows the value as not available.
            return null;
        }
    }

    private static double area(SiteRow s) {
        return s.floorAreaM2() == null ? -1 : s.floorAreaM2();
    }
}
