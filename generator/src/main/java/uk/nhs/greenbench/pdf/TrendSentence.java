package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.model.Flag;
import uk.nhs.greenbench.figures.FiguresIndex;
import uk.nhs.greenbench.model.OrgRef;
import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.model.CarbonSplit;
import uk.nhs.greenbench.model.NetZeroCheck;
import uk.nhs.greenbench.model.TrendRow;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The executive summary's sentence on progress: the change in the carbon indicator with a Net Zero path and the
 * longest comparable series (energy carbon in the bundled years), how much of it new carbon factors explain, and
 * the Net Zero check, every number from the organisation's trend in trends.csv.
 */
final class TrendSentence {
    private TrendSentence() {
    }

    /** @param whose the organisation as the owner of its energy use: "the trust's", "the member trusts'" */
    static Optional<String> of(FiguresIndex index, OrgRef org, List<IndicatorDefinition> indicators, String whose) {
        Optional<TrendRow> found = TrendPage.longestNetZeroTrend(index, org, indicators);
        if (found.isEmpty() || found.get().changePct() == null) return Optional.empty();
        TrendRow t = found.get();
        String title = indicators.stream().filter(d -> d.id().equals(t.indicator())).findFirst().orElseThrow().title();
        StringBuilder sb = new StringBuilder(String.format(Locale.UK, "Since %s, %s has %s %.0f%% (from %s to %s %s).",
                t.baselineYear(), AreaReport.lower(title), t.change() < 0 ? "fallen" : "risen", Math.abs(t.changePct()),
                Formats.value(t.baselineValue(), t.baselineValue()), Formats.value(t.latestValue(), t.baselineValue()), t.unit()));
        CarbonSplit s = t.split();
        if (s != null) {
            sb.append(String.format(Locale.UK, " Of the %s of %s in the carbon total, new carbon factors (mostly the cleaner electricity grid) account for %s"
                            + " and the change in %s own energy use for %s.",
                    s.changeKg() < 0 ? "fall" : "rise", Formats.tco2eWithUnit(Math.abs(s.changeKg() / 1000)),
                    signed(s.fromFactorsKg() / 1000), whose, signed(s.fromConsumptionKg() / 1000)));
        }
        NetZeroCheck n = t.netZero();
        if (n != null) {
            sb.append(String.format(Locale.UK, " Against the NHS Net Zero path from its %s baseline (80%% lower by 2030, net zero by 2040) it is %s: %s in %s against %s allowed",
                    n.baselineYear(), n.status(), Formats.tco2eWithUnit(n.latestT()), n.latestYear(), Formats.tco2eWithUnit(n.pathT())));
            if (n.requiredAnnualPct() != null && n.achievedAnnualPct() != null) {
                sb.append(String.format(Locale.UK, "; reaching 80%% below %s by 2030 needs a cut of %.1f%% a year from now, against %s",
                        n.baselineYear(), n.requiredAnnualPct(), Formats.soFar(n.achievedAnnualPct())));
            }
            sb.append('.');
        }
        if (t.has(Flag.Code.MEMBERS_CHANGED) && t.likeForLike() != null && t.likeForLike().changePct() != null) {
            sb.append(String.format(Locale.UK, " The member trusts with figures differ between the years; over the %d with figures in both, %s %s %.0f%%.",
                    t.likeForLike().trusts(), AreaReport.lower(title), t.likeForLike().changePct() < 0 ? "fell" : "rose",
                    Math.abs(t.likeForLike().changePct())));
        }
        if (t.has(Flag.Code.CHECK_THE_DATA)) {
            sb.append(" Check the data before reading this as progress (see the trend page's notes).");
        }
        return Optional.of(sb.toString());
    }

    private static String signed(double t) {
        return (t < 0 ? "\u2212" : "+") + Formats.tco2eWithUnit(Math.abs(t));
    }
}
