package uk.nhs.greenbench.xlsx;

import org.junit.jupiter.api.Test;

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
}
