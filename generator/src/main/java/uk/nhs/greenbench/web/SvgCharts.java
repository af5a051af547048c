package uk.nhs.greenbench.web;

import uk.nhs.greenbench.figures.Formats;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.PeerBand;
import uk.nhs.greenbench.model.YearValue;

import java.util.List;
import java.util.Locale;

/**
 * The small charts of an indicator's card as inline SVG, each with a {@code <title>} that says what it shows in
 * words (the card beside it gives every figure as text): the comparison group's values with this organisation's
 * highlighted, and the trend over the bundled years inside its comparators' percentile bands (as OpenPrescribing
 * draws a measure over time).
 */
final class SvgCharts {
    private static final int W = 320, H = 110, LEFT = 44, RIGHT = 8, TOP = 8, BOTTOM = 20;

    private SvgCharts() {
    }

    /**
     * Bars of the comparators' values, worst on the left and best on the right (as the spine charts run), this
     * organisation's bar darker; empty when fewer than two.
     *
     * @param bestFirst the comparators, best first
     */
    static String peers(List<FigureRow> bestFirst, String code, Double median, String words) {
        if (bestFirst.size() < 2) return "";
        List<FigureRow> comparators = new java.util.ArrayList<>(bestFirst);
        java.util.Collections.reverse(comparators);
        double max = 0, min = 0;
        for (FigureRow r : comparators) {
            max = Math.max(max, r.usableValue());
            min = Math.min(min, r.usableValue());
        }
        if (max == min) return "";
        StringBuilder s = open("chart peers", words);
        double plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM, step = plotW / comparators.size();
        axis(s, min, max, plotH);
        // The group's bars as one path (a page has thirty of these charts: one element each, not fifty), its own bar on top.
        StringBuilder bars = new StringBuilder();
        String own = "";
        for (int i = 0; i < comparators.size(); i++) {
            FigureRow r = comparators.get(i);
            double v = r.usableValue(), y0 = y(0, min, max, plotH), y1 = y(v, min, max, plotH);
            double x = LEFT + i * step + step * 0.1, top = Math.min(y0, y1), w = Math.max(0.6, step * 0.8), h = Math.max(0.5, Math.abs(y1 - y0));
            if (r.org().code().equals(code)) {
                StringBuilder one = new StringBuilder();
                SvgSpine.rect(one, "bar own", x, top, w, h);
                own = one.toString();
            } else {
                bars.append('M').append(Html.num(x)).append(' ').append(Html.num(top)).append('h').append(Html.num(w))
                        .append('v').append(Html.num(h)).append('h').append(Html.num(-w)).append('z');
            }
        }
        s.append("<path class=\"bar\" d=\"").append(bars).append("\"/>").append(own);
        if (median != null) {
            double ym = y(median, min, max, plotH);
            s.append(String.format(Locale.ROOT, "<line class=\"median-line\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", LEFT, ym, W - RIGHT, ym));
        }
        s.append(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"%d\" y=\"%d\">worst</text>", LEFT, H - 5));
        s.append(String.format(Locale.ROOT, "<text class=\"axis-label end\" x=\"%d\" y=\"%d\">best</text>", W - RIGHT, H - 5));
        return s.append("</svg>").toString();
    }

    /**
     * The organisation's value in each bundled year (a line with points), inside its comparators' 10th–90th and
     * 25th–75th percentile bands and their median; years on a time axis, so a four-year gap looks like one. Empty when
     * fewer than two years have a value.
     */
    static String trend(List<YearValue> years, String words) {
        List<YearValue> valued = years.stream().filter(y -> y.value() != null && Double.isFinite(y.value())).toList();
        if (valued.size() < 2) return "";
        int first = start(years.get(0).year()), last = start(years.get(years.size() - 1).year());
        double max = 0, min = 0;
        for (YearValue y : years) {
            if (y.value() != null && Double.isFinite(y.value())) {
                max = Math.max(max, y.value());
                min = Math.min(min, y.value());
            }
            if (y.band() != null) {
                max = Math.max(max, y.band().p90());
                min = Math.min(min, y.band().p10());
            }
        }
        if (max == min || last == first) return "";
        double plotW = W - LEFT - RIGHT - 24, plotH = H - TOP - BOTTOM;
        StringBuilder s = open("chart trend", words);
        axis(s, min, max, plotH);
        List<YearValue> banded = years.stream().filter(y -> y.band() != null).toList();
        if (banded.size() >= 2) {
            band(s, "band-outer", banded, first, last, plotW, min, max, plotH, true);
            band(s, "band-inner", banded, first, last, plotW, min, max, plotH, false);
            StringBuilder median = new StringBuilder();
            for (YearValue y : banded) point(median, x(y.year(), first, last, plotW), y(y.band().p50(), min, max, plotH));
            s.append("<polyline class=\"band-median\" points=\"").append(median.toString().trim()).append("\"/>");
        }
        // The line joins only the years comparable with the latest; a year before a break in the collection is a
        // hollow point on its own, so a change of definition is never drawn as a change of performance.
        StringBuilder line = new StringBuilder();
        int joined = 0;
        for (YearValue y : valued) {
            if (!y.comparable()) continue;
            point(line, x(y.year(), first, last, plotW), y(y.value(), min, max, plotH));
            joined++;
        }
        if (joined >= 2) s.append("<polyline class=\"own-line\" points=\"").append(line.toString().trim()).append("\"/>");
        for (YearValue y : valued) {
            s.append("<circle class=\"").append(y.comparable() ? "own-point" : "own-point not-comparable").append("\" cx=\"")
                    .append(Html.num(x(y.year(), first, last, plotW))).append("\" cy=\"").append(Html.num(y(y.value(), min, max, plotH)))
                    .append("\" r=\"3\"/>");
        }
        // Year labels (the first year of each): one that would overlap the label before it is left out, never the last.
        List<Double> xs = years.stream().map(y -> x(y.year(), first, last, plotW)).toList();
        double printed = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < years.size(); i++) {
            boolean isLast = i == years.size() - 1, fits = xs.get(i) - printed >= 26 && (isLast || xs.get(years.size() - 1) - xs.get(i) >= 26);
            if (!fits && !isLast) continue;
            s.append(String.format(Locale.ROOT, "<text class=\"axis-label mid\" x=\"%.1f\" y=\"%d\">%s</text>",
                    xs.get(i), H - 5, years.get(i).year().substring(0, 4)));
            printed = xs.get(i);
        }
        return s.append("</svg>").toString();
    }

    private static void band(StringBuilder s, String cls, List<YearValue> banded, int first, int last, double plotW,
                             double min, double max, double plotH, boolean outer) {
        StringBuilder points = new StringBuilder();
        for (YearValue y : banded) {
            PeerBand b = y.band();
            point(points, x(y.year(), first, last, plotW), y(outer ? b.p90() : b.p75(), min, max, plotH));
        }
        for (int i = banded.size() - 1; i >= 0; i--) {
            PeerBand b = banded.get(i).band();
            point(points, x(banded.get(i).year(), first, last, plotW), y(outer ? b.p10() : b.p25(), min, max, plotH));
        }
        s.append("<polygon class=\"").append(cls).append("\" points=\"").append(points.toString().trim()).append("\"/>");
    }

    /** The path chart's series classes, in the order of {@link #paths}' lines (the legend uses the same). */
    static final String[] PATH_CLASSES = {"path-a", "path-b", "path-c", "path-d", "path-nz"};

    /**
     * The estates carbon paths to 2040: the four scenarios and the Net Zero path (dashed) as lines over calendar years,
     * from zero. Empty when there is no point to draw.
     */
    static String paths(uk.nhs.greenbench.model.CarbonPath p, String words) {
        List<uk.nhs.greenbench.model.CarbonPath.Point> pts = p.points();
        if (pts.size() < 2) return "";
        int first = pts.get(0).year(), last = pts.get(pts.size() - 1).year();
        double max = 0;
        for (var pt : pts) {
            max = Math.max(max, Math.max(Math.max(pt.gridOnlyT(), pt.withGrowthT()), Math.max(pt.electrifiedT(), pt.withSavingsT())));
            if (pt.netZeroT() != null) max = Math.max(max, pt.netZeroT());
        }
        if (max <= 0) return "";
        double plotW = W - LEFT - RIGHT - 16, plotH = H - TOP - BOTTOM;
        StringBuilder s = open("chart paths", words);
        axis(s, 0, max, plotH);
        for (int series = 0; series < PATH_CLASSES.length; series++) {
            StringBuilder line = new StringBuilder();
            for (var pt : pts) {
                Double v = switch (series) {
                    case 0 -> pt.gridOnlyT();
                    case 1 -> pt.withGrowthT();
                    case 2 -> pt.electrifiedT();
                    case 3 -> pt.withSavingsT();
                    default -> pt.netZeroT();
                };
                if (v != null) point(line, LEFT + 8 + plotW * (pt.year() - first) / (double) (last - first), y(v, 0, max, plotH));
            }
            if (line.length() > 0) s.append("<polyline class=\"").append(PATH_CLASSES[series]).append("\" points=\"").append(line.toString().trim()).append("\"/>");
        }
        for (int year : new int[]{first, 2030, 2035, last}) {
            if (year < first || year > last) continue;
            s.append(String.format(Locale.ROOT, "<text class=\"axis-label mid\" x=\"%.1f\" y=\"%d\">%d</text>",
                    LEFT + 8 + plotW * (year - first) / (double) (last - first), H - 5, year));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(String cls, String words) {
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"").append(cls).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\"><title>").append(Html.escape(words)).append("</title>");
        return s;
    }

    /** The value axis: zero (or the lowest value) and the highest, labelled. */
    private static void axis(StringBuilder s, double min, double max, double plotH) {
        double y0 = y(min, min, max, plotH), y1 = y(max, min, max, plotH);
        s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", LEFT, y0, W - RIGHT, y0));
        s.append(String.format(Locale.ROOT, "<text class=\"axis-label end\" x=\"%d\" y=\"%.1f\">%s</text>", LEFT - 4, y1 + 4, Html.escape(Formats.value(max, max))));
        s.append(String.format(Locale.ROOT, "<text class=\"axis-label end\" x=\"%d\" y=\"%.1f\">%s</text>", LEFT - 4, y0, Html.escape(Formats.value(min, max))));
    }

    private static double y(double v, double min, double max, double plotH) {
        return TOP + plotH * (max - v) / (max - min);
    }

    private static int start(String year) {
        return Integer.parseInt(year.substring(0, 4));
    }

    private static double x(String year, int first, int last, double plotW) {
        return LEFT + 8 + plotW * (start(year) - first) / (double) (last - first);
    }

    private static void point(StringBuilder s, double x, double y) {
        s.append(Html.num(x)).append(',').append(Html.num(y)).append(' ');
    }
}
