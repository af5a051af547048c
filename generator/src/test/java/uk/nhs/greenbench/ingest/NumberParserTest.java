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
