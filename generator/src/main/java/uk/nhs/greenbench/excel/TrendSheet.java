package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.model.Level;

import uk.nhs.greenbench.model.FinancialYear;

import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.CarbonSplit;
import uk.nhs.greenbench.model.LikeForLike;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;
import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Style;
import uk.nhs.greenbench.xlsx.Workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Trends sheet of every workbook: each indicator in every bundled year, the change since the baseline (the
 * earliest year comparable with the latest), the carbon change split into new factors and the organisation's own
 * use, for areas the like-for-like change (trusts with a value in both years), and the Net Zero path with a chart
 * of actual carbon against it. Years that a collection change makes
 * incomparable are shown greyed and left out of the change and the charts.
 */
final class TrendSheet {
    static final String NAME = "Trends";

    private TrendSheet() {
    }

    /** Writes the sheet when the organisation has trends; returns whether it did. */
    static boolean write(Workbook wb, Styles s, OrgRef org, ExcelContext ctx) {
        List<TrendRow> trends = new ArrayList<>();
        for (IndicatorDefinition d : ctx.indicators()) ctx.index().trend(org.level(), org.code(), d.id()).ifPresent(trends::add);
        if (trends.isEmpty()) return false;
        Sheet sheet = wb.sheet(NAME);
        SheetWriter w = new SheetWriter(sheet, s);
        TreeSet<String> years = new TreeSet<>();
        for (TrendRow t : trends) for (YearValue y : t.years()) years.add(y.year());
        w.text(0, 0, OrgNames.display(org.name()) + ": trends and the path to Net Zero", s.title);
        w.text(1, 0, "Each indicator in every bundled ERIC year up to " + ctx.index().figures().year() + ". The change is from the "
                + "earliest year comparable with the latest; greyed values are from before a change in how ERIC collects the indicator.", s.subtitle);
        int r = 3;
        List<String> headers = new ArrayList<>(List.of("Indicator", "Unit"));
        headers.addAll(years);
        headers.addAll(List.of("Baseline", "Change", "Change %"));
        boolean area = !org.level().equals(Level.TRUST);
        if (area) headers.addAll(List.of("Like-for-like trusts", "Like-for-like change %"));
        headers.add("Flags and notes");
        w.headers(r++, 0, headers.toArray(String[]::new));
        int header = r - 1;
        Style greyed = s.missing.withFormat("#,##0.00");
        for (TrendRow t : trends) {
            IndicatorDefinition d = ctx.definitions().get(t.indicator());
            w.text(r, 0, d.title(), s.text);
            w.text(r, 1, t.unit(), s.text);
            int c = 2;
            for (String y : years) {
                YearValue v = t.years().stream().filter(x -> x.year().equals(y)).findFirst().orElse(null);
                if (v == null || v.value() == null) w.text(r, c, "", s.text);
                else w.number(r, c, v.value(), v.comparable() ? s.forMagnitude(t.latestValue()) : greyed);
                c++;
            }
            w.text(r, c++, t.baselineYear(), s.text);
            w.number(r, c++, t.change(), s.forMagnitude(t.latestValue()));
            w.number(r, c++, t.changePct(), s.number("+0.0\\%;-0.0\\%;0.0\\%"));
            if (area) {
                LikeForLike l = t.likeForLike();
                w.number(r, c++, l == null ? null : (double) l.trusts(), s.integer);
                w.number(r, c++, l == null ? null : l.changePct(), s.number("+0.0\\%;-0.0\\%;0.0\\%"));
            }
            List<String> notes = new ArrayList<>();
            for (Flag f : t.flags()) notes.add(inWords(f));
            if (!t.comparabilityNote().isEmpty()) notes.add(t.comparabilityNote());
            w.text(r, c, String.join("; ", notes), s.note);
            r++;
        }
        sheet.freeze(1, header + 1);
        w.widths(40, 12);
        int numbers = years.size() + 3 + (area ? 2 : 0);
        for (int c = 0; c < numbers; c++) sheet.width(2 + c, 11);
        sheet.width(2 + numbers, 70);
        r = carbonSplit(w, r + 1, trends, ctx);
        netZero(w, sheet, r + 1, trends, ctx);
        sheet.print(true);
        return true;
    }

    /** A trend flag as a reader says it (the code, for figures.csv, is on the Methodology sheet's glossary). */
    static String inWords(Flag f) {
        String words = switch (f.code()) {
            case SINGLE_YEAR -> "one comparable year only, so no change";
            case CHECK_THE_DATA -> "check the data, a change far beyond the peer group's";
            case MEMBERS_CHANGED -> "member trusts with a value changed (then, now, in both)";
            case ESTATE_CHANGED -> "floor area changed, so the carbon totals compare different estates";
            case PRICE_SHOCK -> "price shock: the price per unit rose far more than the use";
            default -> f.code().id().replace('_', ' ');
        };
        return f.detail().isEmpty() ? words : words + " (" + f.detail() + ")";
    }

    private static int carbonSplit(SheetWriter w, int r, List<TrendRow> trends, ExcelContext ctx) {
        Styles s = w.styles();
        List<TrendRow> split = trends.stream().filter(t -> t.split() != null).toList();
        if (split.isEmpty()) return r;
        w.text(r++, 0, "Carbon: the grid or the organisation?", s.label);
        w.text(r++, 0, "The change in the carbon total split exactly in two: the new carbon factors applied to the baseline year's use "
                + "(mostly the electricity grid decarbonising), and the change in use at the new factors (the organisation's own doing).", s.note);
        w.headers(r++, 0, "Indicator", "From", "To", "Change (tCO2e)", "New factors (tCO2e)", "Own use (tCO2e)");
        for (TrendRow t : split) {
            CarbonSplit c = t.split();
            w.text(r, 0, ctx.definitions().get(t.indicator()).title(), s.text);
            w.text(r, 1, c.fromYear(), s.text);
            w.text(r, 2, c.toYear(), s.text);
            w.number(r, 3, c.changeKg() / 1000, s.tco2e);
            w.number(r, 4, c.fromFactorsKg() / 1000, s.tco2e);
            w.number(r, 5, c.fromConsumptionKg() / 1000, s.tco2e);
            r++;
        }
        return r;
    }

    private static void netZero(SheetWriter w, Sheet sheet, int r, List<TrendRow> trends, ExcelContext ctx) {
        Styles s = w.styles();
        List<TrendRow> nz = trends.stream().filter(t -> t.netZero() != null).toList();
        if (nz.isEmpty()) return;
        w.text(r++, 0, "An illustrative Net Zero path (greenbench's, not an NHS trajectory)", s.label);
        w.text(r++, 0, "NHS England (2020): the NHS Carbon Footprint 80% lower by 2028-2032 and net zero by 2040, against 1990, for the whole "
                + "NHS footprint. ERIC starts long after 1990, so greenbench draws the path from the organisation's own baseline year (2013/14, "
                + "the SDU's baseline, where comparable): a straight line to 20% of that total in 2030, then to zero in 2040. Reductions a year "
                + "are compound. It illustrates the national ambition applied to one organisation's estates carbon; it is no target set for it.", s.note);
        w.headers(r++, 0, "Indicator", "Status", "Baseline year", "Baseline tCO2e", "Latest year", "Latest tCO2e", "Path allows",
                "2030 target", "Achieved a year", "Needed a year");
        for (TrendRow t : nz) {
            NetZeroCheck n = t.netZero();
            w.text(r, 0, ctx.definitions().get(t.indicator()).title(), s.text);
            w.text(r, 1, n.status(), s.position(n.onTrack() ? Position.BEST : Position.WORST));
            w.text(r, 2, n.baselineYear(), s.text);
            w.number(r, 3, n.baselineT(), s.integer);
            w.text(r, 4, n.latestYear(), s.text);
            w.number(r, 5, n.latestT(), s.integer);
            w.number(r, 6, n.pathT(), s.integer);
            w.number(r, 7, n.target2030T(), s.integer);
            w.number(r, 8, n.achievedAnnualPct(), s.number("0.0\\%"));
            w.number(r, 9, n.requiredAnnualPct(), s.number("0.0\\%"));
            r++;
        }
        for (TrendRow t : nz) r = pathChart(w, sheet, r + 1, t, ctx);
    }

    /** Actual carbon in each comparable year as bars, and the path as a line out to 2040. */
    private static int pathChart(SheetWriter w, Sheet sheet, int r, TrendRow t, ExcelContext ctx) {
        Styles s = w.styles();
        NetZeroCheck n = t.netZero();
        String title = ctx.definitions().get(t.indicator()).title();
        w.text(r++, 0, title + ": actual carbon and an illustrative Net Zero path (tCO2e)", s.label);
        int top = r;
        w.headers(r++, 0, "Year", "Actual tCO2e", "Path tCO2e", "Year starting");
        int baseline = FinancialYear.startOf(n.baselineYear());
        for (YearValue y : t.years()) {
            if (!y.comparable() || y.numerator() == null) continue;
            w.text(r, 0, y.year(), s.text);
            w.number(r, 1, y.numerator() / 1000, s.integer);
            w.number(r, 2, n.pathIn(FinancialYear.startOf(y.year())), s.integer);
            w.number(r, 3, (double) FinancialYear.startOf(y.year()), s.year);
            r++;
        }
        for (int year : new int[]{NetZeroCheck.EIGHTY_PERCENT_YEAR, NetZeroCheck.NET_ZERO_YEAR}) {
            if (year <= baseline) continue;
            w.text(r, 0, String.valueOf(year), s.text);
            w.number(r, 2, n.pathIn(year), s.integer);
            w.number(r, 3, (double) year, s.year);
            r++;
        }
        // Years on a time axis: 2016-17, 2019-20, 2023-24, 2030 and 2040 spaced by years, so the slopes are true.
        Charts.overYears(sheet, new Charts.Box(5, top, 12, top + 16), title + ": actual and illustrative Net Zero path", "tCO2e",
                Charts.column(sheet, top + 1, r - 1, 3), new uk.nhs.greenbench.xlsx.Chart.Range[]{
                        Charts.column(sheet, top + 1, r - 1, 1), Charts.column(sheet, top + 1, r - 1, 2)},
                new String[]{"Actual", "Illustrative Net Zero path"}, new String[]{Styles.NHS_BLUE, Styles.MEDIAN_ORANGE});
        return Math.max(r, top + 17) + 1;
    }
}
