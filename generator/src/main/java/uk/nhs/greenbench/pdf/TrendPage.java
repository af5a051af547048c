package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.FinancialYear;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.Numbers;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report's trend page: a table of each indicator in every bundled year with its change since the baseline,
 * numbered notes on collection changes and unusual changes, and for each carbon total with a Net Zero path a chart
 * of actual carbon against the path with its numbers in words. Every number as in trends.csv.
 */
final class TrendPage {
    /** The table has room for this many year columns; earlier years stay in trends.csv and the workbook. */
    static final int YEAR_COLUMNS = 5;
    static final String METHOD = "Values marked \u2020 predate a change in how ERIC collects the indicator and are not compared with the "
            + "latest year; the change runs from the earliest comparable year, and for a share (%) it is in percentage points. The Net Zero "
            + "path is greenbench's illustration, not an NHS trajectory (the NHS target is set against 1990 for its whole footprint): from "
            + "the baseline year, a straight line to 20% of its total in 2030 (the middle of 2028-2032) and to zero in 2040. Carbon splits "
            + "and every value: trends.csv and the workbook's Trends sheet.";

    /** The mark after a value from before a change in how ERIC collects the indicator. */
    static final String NOT_COMPARABLE = "\u2020";

    /** The path's name in the charts: greenbench's illustration, not the NHS's own trajectory (set against 1990 for the whole footprint). */
    static final String PATH = "Illustrative Net Zero path (greenbench)";

    static final String MEMBERS_CHANGED = "the number of member trusts with a value changed between the baseline and the latest "
            + "year (trusts merged, or did not report), so part of the change is membership; the like-for-like column gives the change "
            + "over only the trusts with a value in both years (the counts are in trends.csv)";

    private TrendPage() {
    }

    /** Puts the trend-page subreport and its data (TrendYears, TrendLikeForLike, TrendRows, TrendNotes, NetZeroCharts) into the report's parameters. */
    static void addTo(Map<String, Object> params, FiguresIndex index, OrgRef org, List<IndicatorDefinition> indicators) {
        List<TrendRow> trends = new ArrayList<>();
        Map<String, IndicatorDefinition> defs = new LinkedHashMap<>();
        for (IndicatorDefinition d : indicators) {
            defs.put(d.id(), d);
            // An indicator with a value in one year only (ERIC's Net Zero questions, asked from 2021/22) has no trend to show.
            index.trend(org.level(), org.code(), d.id()).filter(t -> t.years().stream().filter(y -> y.value() != null).count() > 1)
                    .ifPresent(trends::add);
        }
        List<String> years = years(trends);
        Notes notes = new Notes();
        List<Map<String, ?>> rows = new ArrayList<>();
        String changeZ = Numbers.plain(index.figures().checks().trendChange().robustZ());
        for (TrendRow t : trends) rows.add(row(t, defs.get(t.indicator()), years, notes, changeZ));
        boolean anyChange = trends.stream().anyMatch(t -> t.change() != null);
        params.put("TrendPage", ReportTemplates.get("trend-page"));
        params.put("TrendYears", years);
        params.put("TrendLikeForLike", !org.level().equals(Level.TRUST));
        params.put("TrendRows", new JRMapCollectionDataSource(anyChange ? rows : List.of()));
        List<Map<String, ?>> charts = new ArrayList<>();
        for (TrendRow t : trends) if (t.netZero() != null) charts.add(chart(t, defs.get(t.indicator())));
        params.put("NetZeroCharts", new JRMapCollectionDataSource(rowsOf(2, charts)));
        List<Map<String, ?>> bands = BandCharts.of(trends, defs);
        params.put("BandCharts", new JRMapCollectionDataSource(rowsOf(3, bands)));
        params.put("BandIntro", bands.isEmpty() ? null : BandCharts.intro(org));
        params.put("TrendNotes", anyChange ? notes.text() + METHOD + (bands.isEmpty() ? " No chart against comparators over time: no headline "
                + "indicator has " + BandCharts.MIN_YEARS + " comparable years in which five or more comparators had a value (the bands that exist are in "
                + "trends.csv)." : "")
                : "No trend: only one bundled year up to " + index.figures().year() + " has comparable figures here.");
    }

    /** The years with a value for any indicator, the latest {@link #YEAR_COLUMNS} of them. */
    static List<String> years(List<TrendRow> trends) {
        TreeSet<String> all = new TreeSet<>();
        for (TrendRow t : trends) for (YearValue y : t.years()) if (y.value() != null) all.add(y.year());
        List<String> years = new ArrayList<>(all);
        return years.subList(Math.max(0, years.size() - YEAR_COLUMNS), years.size());
    }

    private static Map<String, ?> row(TrendRow t, IndicatorDefinition d, List<String> years, Notes notes, String changeZ) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("indicator", d.title() + " (" + t.unit() + ")");
        for (int i = 0; i < YEAR_COLUMNS; i++) row.put("y" + (i + 1), i < years.size() ? cell(t, years.get(i)) : "");
        row.put("change", t.change() == null ? "" : signed(t.change(), Formats.value(Math.abs(t.change()), t.latestValue())));
        // A share's change is in percentage points (the Change column); a percentage of a percentage (+3,764%) misleads.
        boolean share = "%".equals(t.unit());
        row.put("changePct", t.changePct() == null || share ? "" : signed(t.changePct(), String.format(Locale.UK, "%.1f%%", Math.abs(t.changePct()))));
        // The like-for-like change differs from the change only when the members with a value changed.
        row.put("likeForLike", t.likeForLike() == null || t.likeForLike().changePct() == null ? ""
                : !t.has(Flag.Code.MEMBERS_CHANGED) ? "same"
                : signed(t.likeForLike().changePct(), String.format(Locale.UK, "%.1f%%", Math.abs(t.likeForLike().changePct()))));
        List<String> marks = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        if (!t.comparabilityNote().isEmpty()) marks.add(notes.mark(t.comparabilityNote(), d.title()));
        for (Flag f : t.flags()) {
            // One note for every change to check (and one for every price shock), each indicator named with its change: with ten
            // years of ERIC a note per change would fill the page.
            if (f.is(Flag.Code.CHECK_THE_DATA)) {
                checks.add(f.detail());
            } else if (f.is(Flag.Code.PRICE_SHOCK)) {
                marks.add(notes.mark("the cost rose because the price per unit did, far more than the use per floor area: a price "
                        + "shock (energy in 2022-23), not waste", d.title() + " (" + f.detail() + ")"));
            } else if (f.is(Flag.Code.MEMBERS_CHANGED)) {
                marks.add(notes.mark(MEMBERS_CHANGED, d.title()));
            }
        }
        if (!checks.isEmpty()) {
            marks.add(notes.mark("check the data: the change listed is far larger than its peer group's changes (robust z beyond " + changeZ
                    + "), so it may be a data error rather than success or failure", d.title() + " (" + String.join("; ", checks) + ")"));
        }
        row.put("note", marks.stream().distinct().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).collect(java.util.stream.Collectors.joining(", ")));
        return row;
    }

    /** Numbered notes below the table; indicators that share a note (a collection change) share its number. */
    private static final class Notes {
        private final Map<String, List<String>> titlesByText = new LinkedHashMap<>();

        String mark(String text, String title) {
            titlesByText.computeIfAbsent(text, k -> new ArrayList<>()).add(title);
            return String.valueOf(new ArrayList<>(titlesByText.keySet()).indexOf(text) + 1);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            int n = 1;
            for (Map.Entry<String, List<String>> e : titlesByText.entrySet()) {
                String titles = String.join("; ", e.getValue());
                String text = e.getKey();
                sb.append(n++).append(". ").append(titles).append(": ").append(Character.toLowerCase(text.charAt(0))).append(text.substring(1));
                sb.append(text.endsWith(".") ? "\n" : ".\n");
            }
            return sb.toString();
        }
    }

    /** The year's value, marked † when it is not comparable with the latest; "n/a" when there is none. */
    private static String cell(TrendRow t, String year) {
        for (YearValue y : t.years()) {
            if (!y.year().equals(year)) continue;
            if (y.value() == null) return Formats.CELL_NOT_AVAILABLE;
            String v = Formats.value(y.value(), t.latestValue());
            // Not brackets: to a finance reader (217) is a negative number.
            return y.comparable() ? v : v + NOT_COMPARABLE;
        }
        return Formats.CELL_NOT_AVAILABLE;
    }

    /** A minus sign, not a hyphen, so that a line never breaks between the sign and the number. */
    static String signed(double v, String magnitude) {
        return (v < 0 ? "\u2212" : "+") + magnitude;
    }

    /**
     * Charts as rows of {@code n} side by side: each chart's fields numbered by its place in the row (title1, alt1, points1,
     * title2…); a place without a chart has no points, and the template leaves it blank.
     */
    static List<Map<String, ?>> rowsOf(int n, List<Map<String, ?>> charts) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < charts.size(); i += n) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int slot = 1; slot <= n && i + slot - 1 < charts.size(); slot++) {
                for (Map.Entry<String, ?> e : charts.get(i + slot - 1).entrySet()) row.put(e.getKey() + slot, e.getValue());
            }
            rows.add(row);
        }
        return rows;
    }

    /** One chart: actual carbon in each comparable year and the path from the baseline to 2030 and 2040. */
    private static Map<String, ?> chart(TrendRow t, IndicatorDefinition d) {
        NetZeroCheck n = t.netZero();
        List<Map<String, ?>> points = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (YearValue y : t.years()) {
            if (!y.comparable() || y.numerator() == null) continue;
            points.add(point("Actual", FinancialYear.startOf(y.year()), y.numerator() / 1000));
            actual.add(y.year() + " " + Formats.tco2eWithUnit(y.numerator() / 1000));
        }
        int baseline = FinancialYear.startOf(n.baselineYear());
        for (int year : new int[]{baseline, NetZeroCheck.EIGHTY_PERCENT_YEAR, NetZeroCheck.NET_ZERO_YEAR}) {
            if (year >= baseline) points.add(point(PATH, year, n.pathIn(year)));
        }
        String total = AreaReport.lower(d.title());
        Map<String, Object> chart = new LinkedHashMap<>();
        String title = "Carbon total behind " + AreaReport.lower(d.title()) + " (tCO2e a year) against an illustrative Net Zero path";
        chart.put("title", title);
        chart.put("points", points);
        // The title is drawn inside the chart (so it never parts from it at a page foot): the alternative text starts with it.
        chart.put("alt", title + ". Line chart of the carbon total behind " + total + " in tCO2e: " + String.join("; ", actual)
                + "; and greenbench's illustrative Net Zero path from " + Formats.tco2eWithUnit(n.baselineT()) + " in " + n.baselineYear() + " to "
                + Formats.tco2eWithUnit(n.target2030T()) + " in 2030 and zero in 2040 (the NHS target itself is set against 1990, for the whole NHS footprint).");
        chart.put("caption", caption(d, n) + caveats(t));
        return chart;
    }

    private static Map<String, ?> point(String series, int year, double tco2e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("series", series);
        p.put("year", (double) year);
        p.put("tco2e", tco2e);
        return p;
    }

    /** What the Net Zero check cannot say: a trust whose estate changed, a change that looks like a data error. */
    static String caveats(TrendRow t) {
        StringBuilder sb = new StringBuilder();
        java.util.List<String> checks = new java.util.ArrayList<>();
        for (Flag f : t.flags()) {
            if (f.is(Flag.Code.ESTATE_CHANGED)) sb.append(' ').append(estateChanged(f));
            if (f.is(Flag.Code.CHECK_THE_DATA)) checks.add(f.detail());
        }
        // One sentence for all of them: three changes said three times pushed reports onto another page.
        if (checks.size() == 1) sb.append(" A change between the years (").append(checks.get(0))
                .append(") is far from its peers' changes: check the data before reading the path.");
        if (checks.size() > 1) sb.append(" Changes between the years (").append(String.join("; ", checks))
                .append(") are far from its peers' changes: check the data before reading the path.");
        return sb.toString();
    }

    /** The words for an estate_changed trend, beside every Net Zero check it qualifies. */
    static String estateChanged(Flag f) {
        return "Its floor area changed between the years (" + f.detail() + ": a merger, or sites taken on or handed over), so the"
                + " totals compare different estates; the change per m² is the like-for-like measure.";
    }

    /** The chart's numbers in words: on or off track, and the reduction needed a year against the reduction so far. */
    static String caption(IndicatorDefinition d, NetZeroCheck n) {
        StringBuilder sb = new StringBuilder(String.format(Locale.UK, "%s: %s on the illustrative Net Zero path from %s: %s in %s against %s allowed.",
                d.title(), n.status(), n.baselineYear(), Formats.tco2eWithUnit(n.latestT()), n.latestYear(), Formats.tco2eWithUnit(n.pathT())));
        if (n.at2030LevelAlready()) {
            sb.append(String.format(Locale.UK, " It is already at or below its 2030 level of %s.", Formats.tco2eWithUnit(n.target2030T())));
        } else if (n.requiredAnnualPct() != null && n.achievedAnnualPct() != null) {
            sb.append(String.format(Locale.UK, " Reaching %s by 2030 needs a cut of %.1f%% a year from now, against %s.",
                    Formats.tco2eWithUnit(n.target2030T()), n.requiredAnnualPct(), Formats.soFar(n.achievedAnnualPct())));
        }
        return sb.toString();
    }

    /** The trend of the carbon total with the longest comparable series, for the executive summary. */
    static Optional<TrendRow> longestNetZeroTrend(FiguresIndex index, OrgRef org, List<IndicatorDefinition> indicators) {
        TrendRow best = null;
        for (IndicatorDefinition d : indicators) {
            if (!d.hasNetZeroTrajectory()) continue;
            TrendRow t = index.trend(org.level(), org.code(), d.id()).orElse(null);
            if (t == null || t.change() == null) continue;
            if (best == null || t.baselineYear().compareTo(best.baselineYear()) < 0) best = t;
        }
        return Optional.ofNullable(best);
    }
}
