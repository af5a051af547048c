package uk.nhs.greenbench.figures;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the writers print a number that is not a figure of a table: a threshold, a carbon factor. */
public final class Numbers {
    /** Significant digits a carbon factor is printed with: DESNZ publishes five decimals, and a sum of two of them seven. */
    private static final MathContext FACTOR = new MathContext(7);

    private Numbers() {
    }

    /** As a reader writes it: 3.5, 10, 90 (no trailing zeros, no exponent). */
    public static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /**
     * A carbon factor in words: at most seven significant digits, so a factor worked out from published ones (gross
     * from net calorific value, combustion plus well-to-tank) reads 0.2131389, not 0.21313892617449698. The
     * calculations and the workbooks' Assumptions cells use the unrounded value.
     */
    public static String factor(double x) {
        return new BigDecimal(x).round(FACTOR).stripTrailingZeros().toPlainString();
    }
}
