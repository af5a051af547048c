package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.FinancialYear;
import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trend page's small charts of an organisation against its comparators' percentile bands year by year
 * (OpenPrescribing's view of a measure over time), drawn by {@link PeerBandsCustomizer}: one per headline indicator with
 * enough comparable years, one row of them.
 */
final class BandCharts {
    /** The percentile series of a band chart, as {@link PeerBandsCustomizer} finds them. */
    static final String P10 = "p10", P25 = "p25", P50 = "p50", P75 = "p75", P90 = "p90";
    static final List<String> PERCENTILES = List.of(P10, P25, P50, P75, P90);
    /** Band charts on the page: one row of small charts, so that every trust report keeps to three pages. */
    static final int MAX_CHARTS = 3;
    /** A band chart needs this many comparable years with a value to show a course rather than a step. */
    static final int MIN_YEARS = 3;

    private BandCharts() {
    }

    /** The charts for the headline indicators, in indicator order, at most {@link #MAX_CHARTS}. */
    static List<Map<String, ?>> of(List<TrendRow> trends, Map<String, IndicatorDefinition> defs) {
        List<Map<String, ?>> charts = new ArrayList<>();
        for (TrendRow t : trends) {
            IndicatorDefinition d = defs.get(t.indicator());
            if (charts.size() < MAX_CHARTS && d.isHeadline()) chart(t, d).ifPresent(charts::add);
        }
        return charts;
    }

    /** The line above the charts: what the lines and bands are, for this level of organisation. */
    static String intro(OrgRef org) {
        return "Against its comparators over time: " + org.code() + " (blue) in each comparable year, with "
                + (org.level().equals(Level.TRUST) ? "its peer group's" : org.level().equals(Level.REGION) ? "the regions'" : "the ICSs'")
                + " median (dashed), middle half (dark band) and 10th to 90th percentiles (light band) that year; headline indicators with "
                + MIN_YEARS + " or more comparable years. Every indicator's bands: trends.csv and the workbook's theme sheets.";
    }

    /**
     * One small chart of an organisation against its comparators' percentile bands in each comparable year, when it has
     * enough such years with a value and a band.
     */
    static Optional<Map<String, ?>> chart(TrendRow t, IndicatorDefinition d) {
        List<Map<String, Object>> points = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int years = 0;
        String group = "";
        for (YearValue y : t.years()) {
            if (!y.comparable() || y.value() == null || y.band() == null) continue;
            years++;
            int x = FinancialYear.startOf(y.year());
            var b = y.band();
            group = b.group();
            double[] ps = {b.p10(), b.p25(), b.p50(), b.p75(), b.p90()};
            for (int i = 0; i < ps.length; i++) points.add(bandPoint(PERCENTILES.get(i), x, ps[i]));
            points.add(bandPoint(t.org().code(), x, y.value()));
            String v = Formats.value(y.value(), t.latestValue());
            words.add(y.year() + " " + v + " (median " + Formats.value(b.p50(), t.latestValue()) + ", middle half "
                    + Formats.value(b.p25(), t.latestValue()) + " to " + Formats.value(b.p75(), t.latestValue()) + ")");
        }
        if (years < MIN_YEARS) return Optional.empty();
        Map<String, Object> chart = new LinkedHashMap<>();
        String title = d.title() + " (" + t.unit() + ")";
        chart.put("title", title);
        chart.put("points", points);
        chart.put("alt", title + ". Line chart of " + t.org().code() + " against the percentiles of the " + group + " each year: "
                + String.join("; ", words) + ".");
        return Optional.of(chart);
    }

    private static Map<String, Object> bandPoint(String series, int year, double value) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("series", series);
        p.put("year", (double) year);
        p.put("value", value);
        return p;
    }
}
