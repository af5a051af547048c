package uk.nhs.greenbench.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis labels a reader takes in at a glance: 2,500,000 → "2.5m", 150,000 → "150k", 950 → "950". The unit is chosen
 * once per axis from its largest value, so every tick on an axis is in the same unit.
 */
final class TonnesFormat extends NumberFormat {
    private final double divisor;
    private final String suffix;
    private final DecimalFormat digits = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));

    private TonnesFormat(double divisor, String suffix) {
        this.divisor = divisor;
        this.suffix = suffix;
    }

    static TonnesFormat forLargest(double largest) {
        if (largest >= 1_000_000) return new TonnesFormat(1_000_000, "m");
        if (largest >= 10_000) return new TonnesFormat(1_000, "k");
        return new TonnesFormat(1, "");
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        return to.append(number == 0 ? "0" : digits.format(number / divisor) + suffix);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("an axis label is only ever written");
    }
}
