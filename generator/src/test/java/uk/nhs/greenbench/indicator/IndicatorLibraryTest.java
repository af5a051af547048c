package uk.nhs.greenbench.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.InputException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorLibraryTest {
    @TempDir
    Path dir;

    private IndicatorLibrary load() {
        return IndicatorLibrary.load(dir, TestProject.project().measures(), TestProject.project().factors());
    }

    private void copy(String id) throws Exception {
        Files.copy(TestProject.home().resolve("indicators/" + id + ".json"), dir.resolve(id + ".json"));
    }

    @Test
    void theBundledLibraryHasTheFifteenEricIndicatorsThenTheSevenFromReturnsThenInhalersThenTheReadinessMeasuresInOrder() {
        IndicatorLibrary library = TestProject.project().indicators();
        assertThat(library.all()).extracting(IndicatorDefinition::id).containsExactly(
                "energy-intensity", "energy-carbon-intensity", "energy-cost-intensity", "renewable-electricity-share",
                "fossil-heating-share", "water-intensity", "water-cost-intensity", "waste-intensity", "landfill-share",
                "recycling-share", "clinical-incineration-share", "clinical-waste-segregation", "clinical-waste-offensive-share",
                "clinical-waste-hti-share", "estates-carbon-intensity",
                "anaesthetic-gas-carbon-per-operation", "anaesthetic-gas-carbon-per-gbpm", "desflurane-share",
                "travel-miles-per-wte", "travel-miles-per-gbpm", "fleet-lev-share", "fleet-ulev-share", "mdi-share",
                "led-lighting-coverage", "heat-decarbonisation-plan-share", "fossil-heating-replaced-by-2030", "fossil-heating-without-plan",
                "heat-pump-site-share", "old-gas-boilers-per-floor-area", "oil-heating-site-share", "electricity-metering-share",
                "water-metering-share", "ev-charging-points-per-100-spaces", "solar-generation-per-floor-area", "solar-share-of-electricity",
                "food-waste-per-meal", "food-waste-avoidable-share", "estates-team-capacity");
        assertThat(library.all().stream().filter(IndicatorDefinition::isReadiness)).hasSize(15)
                .allSatisfy(d -> assertThat(d.saving().method()).isEqualTo("none"));
        assertThat(library.all().stream().filter(d -> d.targetValue() != null)).extracting(IndicatorDefinition::id)
                .containsExactly("clinical-waste-segregation", "clinical-waste-offensive-share", "clinical-waste-hti-share");
        assertThat(library.all().stream().filter(library::fromReturns)).hasSize(7)
                .allSatisfy(d -> assertThat(d.theme()).isIn("anaesthetics", "travel"));
    }

    @Test
    void anIndicatorMixingEricAndReturnsMeasuresIsRefused() throws Exception {
        copy("water-intensity");
        String json = Files.readString(dir.resolve("water-intensity.json")).replace("\"gia_m2\"", "\"staff_wte\"");
        Files.writeString(dir.resolve("water-intensity.json"), json);
        assertThatThrownBy(this::load).isInstanceOf(InputException.class)
                .hasMessageContaining("indicators/water-intensity.json: the numerator and denominator mix ERIC measures with returns measures");
    }

    @Test
    void clinicalIncinerationShareAppliesFrom2019() {
        IndicatorDefinition d = TestProject.project().indicators().all().stream()
                .filter(i -> i.id().equals("clinical-incineration-share")).findFirst().orElseThrow();
        assertThat(d.appliesTo("2016-17")).isFalse();
        assertThat(d.appliesTo("2019-20")).isTrue();
    }

    @Test
    void aNewIndicatorIsJustANewFile() throws Exception {
        copy("water-intensity");
        String json = Files.readString(dir.resolve("water-intensity.json")).replace("\"water-intensity\"", "\"water-per-site\"");
        Files.writeString(dir.resolve("water-per-site.json"), json);
        assertThat(load().all()).extracting(IndicatorDefinition::id).contains("water-intensity", "water-per-site");
    }

    @Test
    void jsonThatIsNotJsonNamesTheLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\n  \"id\": \"broken\",\n  \"title\": oops\n}\n");
        assertThatThrownBy(this::load).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.json, line 3, column");
    }

    @Test
    void anUnknownMeasureIsRejected() throws Exception {
        copy("water-intensity");
        Path f = dir.resolve("water-intensity.json");
        Files.writeString(f, Files.readString(f).replace("\"water_m3\"", "\"water_litres\""));
        assertThatThrownBy(this::load).isInstanceOf(InputException.class)
                .hasMessageContaining("water-intensity.json").hasMessageContaining("unknown measure \"water_litres\"");
    }

    @Test
    void aMissingPolarityIsRejected() throws Exception {
        copy("water-intensity");
        Path f = dir.resolve("water-intensity.json");
        Files.writeString(f, Files.readString(f).replace("\"polarity\": \"low_is_good\",", ""));
        assertThatThrownBy(this::load).isInstanceOf(InputException.class).hasMessageContaining("\"polarity\" is missing");
    }
}
