package uk.nhs.greenbench.trend;

import uk.nhs.greenbench.indicator.IndicatorDefinition;
import uk.nhs.greenbench.indicator.PlausibilityChecks;
import uk.nhs.greenbench.model.FigureRow;
import uk.nhs.greenbench.model.Flag;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The price-shock check of a cost indicator's trend: was the rise the price per unit, or the use? */
final class PriceShock {
    private PriceShock() {
    }

    /**
     * A cost indicator whose price per unit (its cost over the quantity bought, another indicator's numerator) rose between
     * the last two years with a value far more than the use per floor area did: the cost rose because prices did (energy in
     * 2022/23), which is not waste. Null when the indicator has no unit price or the rise is not a price shock.
     */
    static Flag check(IndicatorDefinition d, TreeMap<String, FigureRow> byYear, String latestYear,
                      Map<String, TreeMap<String, FigureRow>> series, PlausibilityChecks.TrendChange limits) {
        if (d.unitPrice() == null) return null;
        FigureRow latest = byYear.get(latestYear), previous = null;
        for (Map.Entry<String, FigureRow> e : byYear.headMap(latestYear, false).descendingMap().entrySet()) {
            if (e.getValue().usableValue() != null) {
                previous = e.getValue();
                break;
            }
        }
        if (previous == null) return null;
        TreeMap<String, FigureRow> use = series.get(latest.org().level() + "|" + latest.org().code() + "|" + d.unitPrice().of());
        FigureRow useBefore = use == null ? null : use.get(previous.year()), useNow = use == null ? null : use.get(latestYear);
        if (useBefore == null || useNow == null || useBefore.usableValue() == null || useNow.usableValue() == null
                || useBefore.numerator() == null || useNow.numerator() == null || useBefore.numerator() <= 0 || useNow.numerator() <= 0
                || useBefore.usableValue() <= 0) {
            return null;
        }
        double priceBefore = previous.numerator() / useBefore.numerator() * d.unitPrice().scaleOrOne();
        double priceNow = latest.numerator() / useNow.numerator() * d.unitPrice().scaleOrOne();
        if (priceBefore <= 0) return null;
        double priceRise = priceNow / priceBefore - 1, useChange = useNow.usableValue() / useBefore.usableValue() - 1;
        if (priceRise <= limits.priceShock() || priceRise < limits.priceShockTimesUse() * Math.max(0, useChange)) return null;
        return Flag.of(Flag.Code.PRICE_SHOCK, String.format(Locale.UK, "%s to %s: %.1f to %.1f %s, %+.0f%%; use per floor area %+.0f%%",
                previous.year(), latestYear, priceBefore, priceNow, d.unitPrice().unit(), priceRise * 100, useChange * 100));
    }
}
