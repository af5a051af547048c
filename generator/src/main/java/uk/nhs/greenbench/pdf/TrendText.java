package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.figures.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.trend.NetZeroCheck;
import uk.nhs.greenbench.trend.TrendRow;
import uk.nhs.greenbench.trend.YearValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's trend page as text a screen reader reads in order: each indicator's value in every bundled year and
 * its change since the comparable baseline, then the carbon and Net Zero position. Numbers as in figures.csv.
 */
final class TrendText {
    private TrendText() {
    }

    /** @param whose the organisation as the owner of its energy use: "the trust's", "the member trusts'" */
    static String of(FiguresIndex index, OrgRef org, List<IndicatorDefinition> indicators, String whose) {
        List<String> lines = new ArrayList<>();
        for (IndicatorDefinition d : indicators) {
            Optional<TrendRow> found = index.trend(org.level(), org.code(), d.id());
            if (found.isEmpty()) continue;
            TrendRow t = found.get();
            List<String> years = new ArrayList<>();
            for (YearValue y : t.years()) {
                if (y.value() == null) continue;
                years.add(y.year() + " " + Formats.value(y.value(), t.latestValue()) + (y.comparable() ? "" : " (not comparable)"));
            }
            StringBuilder sb = new StringBuilder(d.title()).append(" (").append(t.unit()).append("): ").append(String.join("; ", years)).append('.');
            if (t.change() != null && t.changePct() != null) {
                // A minus sign, not a hyphen, so that a line never breaks between the sign and the number.
                sb.append(String.format(Locale.UK, " Change since %s: %s%s (%s%.1f%%).", t.baselineYear(), t.change() < 0 ? "\u2212" : "+",
                        Formats.value(Math.abs(t.change()), t.latestValue()), t.changePct() < 0 ? "\u2212" : "+", Math.abs(t.changePct())));
            } else {
                sb.append(" Only one comparable year, so no change is shown.");
            }
            if (!t.comparableFrom().isEmpty()) sb.append(" Earlier years are not comparable: ERIC changed how it collects this in ").append(t.comparableFrom()).append('.');
            t.flags().stream().filter(f -> f.startsWith("check_the_data")).findFirst()
                    .ifPresent(f -> sb.append(" Check the data: the change ").append(f.substring(f.indexOf('(') + 1, f.length() - 1))
                            .append(" is far larger than its peers' changes."));
            lines.add(sb.toString());
        }
        if (lines.isEmpty()) return "No trend: only one bundled year has figures here.";
        TrendSentence.of(index, org, whose).ifPresent(lines::add);
        for (IndicatorDefinition d : indicators) {
            if (!d.hasNetZeroTrajectory() || d.id().equals(TrendSentence.INDICATOR)) continue;
            index.trend(org.level(), org.code(), d.id()).map(TrendRow::netZero).ifPresent(n -> lines.add(netZero(d, n)));
        }
        lines.add("The Net Zero path runs from the earliest comparable bundled year, because ERIC starts long after the national target's "
                + "1990 baseline: a straight line to 20% of that year's total in 2030 (the middle of 2028-2032), then to zero in 2040. Year-by-year "
                + "values, the split of each carbon change and the path are in figures.csv (trend rows) and the workbook's Trends sheet.");
        return String.join("\n\n", lines);
    }

    private static String netZero(IndicatorDefinition d, NetZeroCheck n) {
        return String.format(Locale.UK, "%s: %s on the Net Zero path from %s (%s in %s against %s allowed).", d.title(), n.status(),
                n.baselineYear(), Formats.tco2eWithUnit(n.latestT()), n.latestYear(), Formats.tco2eWithUnit(n.pathT()));
    }
}
