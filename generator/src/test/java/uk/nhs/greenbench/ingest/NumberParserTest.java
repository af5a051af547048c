package uk.nhs.greenbench.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberParserTest {
    @Test
    void readsQuotedThousandsSeparatorsAndPoundSigns() throws Exception {
        assertThat(NumberParser.parse("1,526,422").getAsDouble()).isEqualTo(1526422.0);
        assertThat(NumberParser.parse("£1,000.50").getAsDouble()).isEqualTo(1000.5);
        assertThat(NumberParser.parse(" 42 ").getAsDouble()).isEqualTo(42.0);
        assertThat(NumberParser.parse("1.5E3").getAsDouble()).isEqualTo(1500.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Not Applicable", "N/A", "n/a", "-"})
    void treatsThePublishersNoValueMarkersAsMissingNotZero(String raw) throws Exception {
        assertThat(NumberParser.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3", "#REF!", "1e400", "twelve", "12kWh"})
    void rejectsTextThatIsNotANumber(String raw) {
        assertThatThrownBy(() -> NumberParser.parse(raw)).isInstanceOf(NumberParser.NotANumber.class)
                .hasMessageContaining(raw.equals("1e400") ? "out of range" : "expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "0.25", ".5", "5.", "-0", "999999999999999", "12345678901234.5"})
    void plainDecimalsReadAsJavaReadsThem(String raw) throws Exception {
        assertThat(NumberParser.parse(raw).getAsDouble()).isEqualTo(Double.parseDouble(raw));
    }

    @Test
    void plainDecimalsOfEveryLengthGiveParseDoublesExactBits() throws Exception {
        // The fast path divides exact integers by exact powers of ten; it must agree with parseDouble to the last bit,
        // at the edges too (2^53, 22 decimals, 18 characters) and on the values ERIC publishes (whole kWh, pence).
        java.util.Random random = new java.util.Random(20261203);
        java.util.List<String> cases = new java.util.ArrayList<>(java.util.List.of("9007199254740992", "9007199254740993",
                "-9007199254740993", "0.1", "0.3", "123456789.123456", "0.0000000000000000000001", ".00000000000000000000001",
                "99999999999999999", "-0.0", "0", "00000012.50"));
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextInt(8) == 0 ? "-" : "");
            int length = 1 + random.nextInt(17 - sb.length());
            int point = random.nextInt(length + 3) - 1;
            for (int k = 0; k < length; k++) {
                if (k == point) sb.append('.');
                else sb.append((char) ('0' + random.nextInt(10)));
            }
            cases.add(sb.toString());
        }
        for (String raw : cases) {
            if (raw.equals("-") || raw.equals(".") || raw.equals("-.")) continue;
            assertThat(Double.doubleToRawLongBits(NumberParser.plainValue(raw))).as(raw)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(raw)));
        }
    }

    @Test
    void oneRuleForDigitGroupingWhateverTheSeparator() throws Exception {
        assertThat(NumberParser.parse("1 234 567").getAsDouble()).isEqualTo(1234567.0);
        assertThat(NumberParser.parse("1\u00A0234.5").getAsDouble()).isEqualTo(1234.5);
        assertThat(NumberParser.parse("-1,234").getAsDouble()).isEqualTo(-1234.0);
        for (String bad : new String[]{"4 2", "1 2 3", "1,234 567", "12 34", "1,2,3"}) {
            assertThatThrownBy(() -> NumberParser.parse(bad)).as(bad).isInstanceOf(NumberParser.NotANumber.class)
                    .hasMessageContaining("groups of three");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "1.7976931348623157E308", "123456789012345678", "2e15", "-2,000,000,000,000,000"})
    void numbersTooLargeForAnyFigureAreRefusedNotSummedToInfinity(String raw) {
        assertThatThrownBy(() -> NumberParser.parse(raw)).isInstanceOf(NumberParser.NotANumber.class).hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "--1", "1.2.3", "-.", "1-2"})
    void rejectsMalformedDecimals(String raw) {
        assertThatThrownBy(() -> NumberParser.parse(raw)).isInstanceOf(NumberParser.NotANumber.class);
    }
}
