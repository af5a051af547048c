package uk.nhs.greenbench.xlsx;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class XmlNumberTest {
    @Test
    void aCellKeepsExcelsFifteenSignificantDigitsAndNoBinaryNoise() {
        assertThat(Xml.number(3014.5600000000004)).isEqualTo("3014.56");
        assertThat(Xml.number(53.019999999999996)).isEqualTo("53.02");
        assertThat(Xml.number(1234)).isEqualTo("1234");
        assertThat(Double.parseDouble(Xml.number(0.1 + 0.2))).isEqualTo(0.3);
        assertThat(Double.parseDouble(Xml.number(1.0 / 3))).isEqualTo(0.333333333333333);
    }

    @Test
    void roundingInLongArithmeticWritesWhatBigDecimalWrites() {
        SplittableRandom random = new SplittableRandom(21);
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 4) {
                // Any bit pattern: every exponent, tiny and huge values, subnormals.
                case 0 -> Double.longBitsToDouble(random.nextLong());
                // Sums of money and quantities, as the sheets hold them.
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 19));
                // Whole numbers beyond 10^15, and values one step from a whole number or a round decimal.
                case 2 -> Math.nextUp(Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(1, 20))));
                default -> Math.nextDown(random.nextInt(1, 100_000) / Math.pow(10, random.nextInt(0, 9)));
            };
            if (!Double.isFinite(v)) continue;
            String shortest = Double.toString(v);
            assertThat(Xml.roundedTo15(shortest)).as(shortest).isEqualTo(reference(shortest));
        }
        for (String edge : new String[]{"9.999999999999999E22", "0.9999999999999999", "-9.9999999999999995E-7",
                "1.0000000000000005", "1.0000000000000015", "1.2345678901234565E-5", "123456789012345.67", "4.9E-324",
                "1.7976931348623157E308", "0.0010000000000000002", "-1.0E-7", "1.0E7"}) {
            assertThat(Xml.roundedTo15(edge)).as(edge).isEqualTo(reference(edge));
        }
    }

    /** The BigDecimal route the long arithmetic replaced. */
    private static String reference(String shortest) {
        return new BigDecimal(shortest).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros().toString();
    }
}
