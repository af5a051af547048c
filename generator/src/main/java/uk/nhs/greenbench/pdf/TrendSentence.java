package uk.nhs.greenbench.pdf;

import uk.nhs.greenbench.figures.Formats;
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
        StringBuilder sb = new StringBuilder();
        boolean membersChanged = t.has(Flag.Code.MEMBERS_CHANGED) && t.likeForLike() != null && t.likeForLike().changePct() != null;
        if (membersChanged) {
            // Lead with the comparable figure: the all-members change mixes the estates' change with the change of members.
            sb.append(String.format(Locale.UK, "Since %s, over the %d member trusts with figures in both years, %s has %s %.0f%%;"
                            + " over all members with figures (%s) it went from %s to %s %s, a change that is partly one of membership.",
                    t.baselineYear(), t.likeForLike().trusts(), AreaReport.lower(title), t.likeForLike().changePct() < 0 ? "fallen" : "risen",
                    Math.abs(t.likeForLike().changePct()), membership(t), Formats.value(t.baselineValue(), t.baselineValue()),
                    Formats.value(t.latestValue(), t.baselineValue()), t.unit()));
        } else {
            sb.append(String.format(Locale.UK, "Since %s, %s has %s %.0f%% (from %s to %s %s).",
                    t.baselineYear(), AreaReport.lower(title), t.change() < 0 ? "fallen" : "risen", Math.abs(t.changePct()),
                    Formats.value(t.baselineValue(), t.baselineValue()), Formats.value(t.latestValue(), t.baselineValue()), t.unit()));
        }
        CarbonSplit s = t.split();
        if (s != null) {
            // The grid got cleaner from 2013/14 to 2023/24, but not in every step (the 2014/15 factor was higher than 2013/14's).
            sb.append(String.format(Locale.UK, " Of the %s of %s in the carbon total, new carbon factors %s %s"
                            + " and %s own energy use %s.",
                    s.changeKg() < 0 ? "fall" : "rise", Formats.tco2eWithUnit(Math.abs(s.changeKg() / 1000)),
                    factorsCause(s),
                    verb(s.fromFactorsKg() / 1000), whose, verb(s.fromConsumptionKg() / 1000)));
        }
        NetZeroCheck n = t.netZero();
        if (n != null) {
            sb.append(String.format(Locale.UK, " Against an illustrative Net Zero path from its %s baseline (80%% lower by 2030, net zero by 2040) it is %s: %s in %s against %s allowed",
                    n.baselineYear(), n.status(), Formats.tco2eWithUnit(n.latestT()), n.latestYear(), Formats.tco2eWithUnit(n.pathT())));
            if (n.at2030LevelAlready()) {
                sb.append(String.format(Locale.UK, "; it is already at or below its 2030 level (80%% below %s, %s)",
                        n.baselineYear(), Formats.tco2eWithUnit(n.target2030T())));
            } else if (n.requiredAnnualPct() != null && n.achievedAnnualPct() != null) {
                sb.append(String.format(Locale.UK, "; reaching 80%% below %s by 2030 needs a cut of %.1f%% a year from now, against %s",
                        n.baselineYear(), n.requiredAnnualPct(), Formats.soFar(n.achievedAnnualPct())));
            }
            sb.append('.');
        }
        t.flags().stream().filter(f -> f.is(Flag.Code.ESTATE_CHANGED)).findFirst().ifPresent(f -> sb.append(' ').append(TrendPage.estateChanged(f)));
        if (t.has(Flag.Code.CHECK_THE_DATA)) {
            sb.append(" Check the data before reading this as progress (see the trend page's notes).");
        }
        return Optional.of(sb.toString());
    }

    /** "cut 34,129.8 tCO2e" or "added 260.7 tCO2e": a part of a change in words, never a signed number in a sentence. */
    /** What the new factors were, in the direction they moved the total. */
    static String factorsCause(CarbonSplit s) {
        return s.fromFactorsKg() < 0 ? "(mostly the cleaner electricity grid)" : "(mostly a higher electricity grid factor)";
    }

    private static String verb(double t) {
        return (t < 0 ? "cut " : "added ") + Formats.tco2eWithUnit(Math.abs(t));
    }

    /** "20 then, 16 now", from the members_changed flag's detail ("20 to 16, 16 in both"). */
    private static String membership(TrendRow t) {
        String detail = t.flags().stream().filter(f -> f.is(Flag.Code.MEMBERS_CHANGED)).map(Flag::detail).findFirst().orElse("");
        String[] parts = detail.split(" to |, ");
        return parts.length >= 2 ? parts[0] + " then, " + parts[1] + " now" : detail;
    }
}
