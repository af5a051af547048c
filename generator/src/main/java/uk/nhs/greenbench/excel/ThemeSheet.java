package uk.nhs.greenbench.excel;

import uk.nhs.greenbench.figures.OrgNames;

import uk.nhs.greenbench.xlsx.Sheet;
import uk.nhs.greenbench.xlsx.Workbook;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.FinancialYear;
import uk.nhs.greenbench.model.PeerBand;
import uk.nhs.greenbench.model.TrendRow;
import uk.nhs.greenbench.model.YearValue;
import uk.nhs.greenbench.xlsx.Chart;
import uk.nhs.greenbench.xlsx.Style;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.Polarity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sheet per theme (energy, water, waste, carbon): for each indicator, the trusts this trust is compared
 * with, ranked best first, as a table and a native bar chart with this trust highlighted and the median drawn.
 */
final class ThemeSheet {
    private static final int CHART_ROWS = 22;

    private ThemeSheet() {
    }

    static void write(Workbook wb, Styles s, String theme, FigureRow[] trustRows, ExcelContext ctx,
                      Map<String, IndicatorDefinition> defs) {
        FiguresIndex index = ctx.index();
        Sheet sheet = wb.sheet(capitalise(theme));
        SheetWriter w = new SheetWriter(sheet, s);
        w.widths(7, 9, 62, 12, 12, 12, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        w.text(0, 0, capitalise(theme) + ": how the trust compares", s.title);
        int r = 2;
        boolean first = true;
        for (FigureRow row : trustRows) {
            // An indicator compared with all trusts (too few comparators had a value) lists every trust in England.
            w.finishedBefore(r);
            IndicatorDefinition d = defs.get(row.indicator());
            if (!first) sheet.rowBreak(r - 1); // each indicator starts a printed page
            first = false;
            w.text(r++, 0, d.title() + " (" + row.unit() + ")", s.label);
            w.text(r++, 0, d.description(), s.subtitle);
            if (row.notSupplied()) {
                java.util.Set<String> measures = new java.util.TreeSet<>();
                d.numerator().collectMeasures(measures);
                d.denominator().collectMeasures(measures);
                w.text(r++, 0, "No data supplied for this trust in " + row.year() + ". This indicator needs figures that are not in ERIC ("
                        + String.join(", ", measures) + "): supply them in a returns file (greenbench generate --returns FILE; see the README, \"Returns\").", s.subtitle);
                for (String c : d.caveats()) w.text(r++, 0, c, s.subtitle);
                r++;
                continue;
            }
            if (row.value() == null) {
                w.text(r++, 0, "No value for this trust in " + row.year() + ": " + row.qualityFlags() + ".", s.subtitle);
                r = trend(w, sheet, r + 1, row, d, ctx);
                continue;
            }
            if (row.excluded()) {
                w.text(r++, 0, row.org().code() + "'s value of " + String.format(Locale.UK, "%,.1f", row.value()) + " " + row.unit()
                        + " is most likely a unit error (" + row.qualityFlags() + "): it is left out of the table, the benchmarks and the savings.", s.subtitle);
                r++;
            }
            List<FigureRow> peers = index.comparators(row, d.polarity() == Polarity.LOW_IS_GOOD);
            int top = r;
            w.headers(r++, 0, "Rank", "Code", "Trust", "Value", "Peer median", "Best quartile");
            Double stretch = d.polarity() == Polarity.LOW_IS_GOOD ? row.benchmark().q1() : row.benchmark().q3();
            int highlight = -1;
            for (int i = 0; i < peers.size(); i++) {
                FigureRow p = peers.get(i);
                if (p.org().code().equals(row.org().code())) highlight = i;
                w.number(r, 0, (double) p.benchmark().rank(), s.integer);
                w.text(r, 1, p.org().code(), p.org().code().equals(row.org().code()) ? s.label : s.text);
                w.text(r, 2, OrgNames.display(p.org().name()), p.org().code().equals(row.org().code()) ? s.label : s.text);
                w.number(r, 3, p.value(), s.forMagnitude(row.benchmark().median()));
                w.number(r, 4, row.benchmark().median(), s.forMagnitude(row.benchmark().median()));
                w.number(r, 5, stretch, s.forMagnitude(row.benchmark().median()));
                r++;
            }
            String group = row.benchmark().basis().startsWith("national") ? "all trusts (fewer than 5 of its comparators have a value)" : row.benchmark().comparator();
            Charts.peerBars(sheet, new Charts.Box(7, top, 17, top + CHART_ROWS),
                    d.title() + ": " + row.org().code() + " (blue) among " + group,
                    row.unit(), Charts.column(sheet, top + 1, r - 1, 1), Charts.column(sheet, top + 1, r - 1, 3),
                    Charts.column(sheet, top + 1, r - 1, 4), Charts.column(sheet, top + 1, r - 1, 5), highlight);
            r = Math.max(r, top + CHART_ROWS + 1) + 2;
            r = trend(w, sheet, r, row, d, ctx);
        }
        sheet.print(true);
    }

    /**
     * The organisation's value in every year available against its comparators' percentile bands that year (10th, 25th,
     * median, 75th, 90th: OpenPrescribing's view of a measure over time), as a table and a chart on a time axis; returns
     * the next row.
     */
    private static int trend(SheetWriter w, Sheet sheet, int r, FigureRow row, IndicatorDefinition d, ExcelContext ctx) {
        Styles s = w.styles();
        TrendRow trend = ctx.index().trend(row.org().level(), row.org().code(), row.indicator()).orElse(null);
        if (trend == null || trend.years().stream().filter(y -> y.value() != null).count() < 2) return r;
        w.text(r++, 0, d.title() + ": " + row.org().code() + " in each bundled ERIC year, against its comparators", s.label);
        int top = r;
        w.headers(r++, 0, "Year", "Year starting", "Compared with", "Value", "10th percentile", "25th percentile", "Median",
                "75th percentile", "90th percentile");
        // Years before a change in how ERIC collects the indicator are listed but not charted: no misleading line.
        int firstCharted = -1, charted = 0;
        Style magnitude = s.forMagnitude(row.benchmark().median());
        for (YearValue y : trend.years()) {
            boolean comparable = y.comparable();
            if (comparable && firstCharted < 0) firstCharted = r;
            if (comparable) charted++;
            w.text(r, 0, y.year(), comparable ? s.text : s.missing);
            w.number(r, 1, (double) FinancialYear.startOf(y.year()), s.year);
            PeerBand b = y.band();
            String with = b == null ? "fewer than five comparators with a value" : b.n() + " " + b.group();
            w.text(r, 2, comparable ? with : "not comparable with the latest year; " + with, b == null || !comparable ? s.missing : s.text);
            w.number(r, 3, y.value(), magnitude);
            w.number(r, 4, b == null ? null : b.p10(), magnitude);
            w.number(r, 5, b == null ? null : b.p25(), magnitude);
            w.number(r, 6, b == null ? null : b.p50(), magnitude);
            w.number(r, 7, b == null ? null : b.p75(), magnitude);
            w.number(r, 8, b == null ? null : b.p90(), magnitude);
            r++;
        }
        r = Math.max(r, top + 17);
        // Notes go below the chart so that none of their text is hidden behind it.
        w.text(r++, 0, "The grey lines are the percentiles of the comparators' values each year (10th and 90th lightest, then 25th and 75th, the median darkest): a trust's, the trusts of its peer group; an ICS's and "
                + "England's, the ICSs; a region's, the regions. ERIC's layout and the carbon factors change between years: the Trends sheet "
                + "gives the change since a comparable baseline and how much of a carbon change is the grid.", s.subtitle);
        for (String c : d.caveats()) w.text(r++, 0, c, s.subtitle);
        if (charted >= 2) {
            int last = firstCharted + charted - 1;
            Chart.Range[] series = new Chart.Range[6];
            for (int i = 0; i < 6; i++) series[i] = Charts.column(sheet, firstCharted, last, 3 + i);
            Charts.overYearsWithBands(sheet, new Charts.Box(10, top, 17, top + 16), d.title() + ": " + row.org().code() + " against its comparators",
                    row.unit(), Charts.column(sheet, firstCharted, last, 1), series, row.org().code());
        }
        return r + 2;
    }

    static String capitalise(String theme) {
        return theme.substring(0, 1).toUpperCase(Locale.ROOT) + theme.substring(1);
    }
}
