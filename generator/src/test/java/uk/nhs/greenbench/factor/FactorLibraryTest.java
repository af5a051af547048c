package uk.nhs.greenbench.factor;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.InputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FactorLibraryTest {
    private final FactorLibrary library = TestProject.project().factors();

    @Test
    void yearsToTwentyTwentyOneUseTheSduTablesOwnColumn() {
        FactorSet set = library.forYear("2016-17");
        assertThat(set.label()).isEqualTo("SDU 2016-17");
        // "Electricity UK total" 2016-17 = 0.41205 + 0.03727 + 0.06188 + 0.0056
        assertThat(set.get("electricity_grid").orElseThrow().value()).isEqualTo(0.5168);
        assertThat(set.get("natural_gas").orElseThrow().value()).isEqualTo(0.208987);
    }

    @Test
    void laterYearsUseTheDesnzSetOfTheCalendarYearTheyStartIn() {
        FactorSet set = library.forYear("2023-24");
        assertThat(set.label()).isEqualTo("DESNZ 2023");
        Factor elec = set.get("electricity_grid").orElseThrow();
        // generation + T&D + WTT generation + WTT T&D, as published in the 2023 flat file
        assertThat(elec.value()).isCloseTo(0.20707428859060403 + 0.017915111409395973 + 0.0459 + 0.00397, within(1e-12));
        assertThat(elec.isFallback()).isFalse();
        assertThat(elec.source()).contains("ghg-conversion-factors-2023").contains("row");
        assertThat(set.get("natural_gas").orElseThrow().value()).isCloseTo(0.18293 + 0.03021, within(1e-4));
    }

    @Test
    void aFactorMissingFromTheYearsSetComesFromTheNearestEarlierSetAndSaysSo() {
        Factor recycling = library.forYear("2023-24").get("waste_recycling").orElseThrow();
        assertThat(recycling.setYear()).isEqualTo("DESNZ 2021");
        assertThat(recycling.fallback()).contains("DESNZ 2021 used");
        assertThat(recycling.value()).isCloseTo(21.29357, within(1e-4));
    }

    @Test
    void aYearWithNoSetUsesTheNearestEarlierSetAndSaysSo() {
        FactorSet set = library.forYear("2027-28");
        assertThat(set.label()).isEqualTo("DESNZ 2025");
        assertThat(set.notes()).anySatisfy(n -> assertThat(n).contains("No DESNZ 2027 factor set is bundled"));
        assertThat(set.get("electricity_grid").orElseThrow().isFallback()).isTrue();
    }

    @Test
    void healthcareWasteRoutesUseTheCitedFixedFactors() {
        Factor hti = library.forYear("2019-20").get("clinical_hti").orElseThrow();
        assertThat(hti.value()).isEqualTo(1074.0);
        assertThat(hti.source()).contains("Rizan");
    }

    @Test
    void aYearBeforeAnyFactorSetIsAClearError() {
        assertThatThrownBy(() -> library.forYear("2001-02")).isInstanceOf(InputException.class)
                .hasMessageContaining("No carbon factor set covers 2001-02");
    }
}
