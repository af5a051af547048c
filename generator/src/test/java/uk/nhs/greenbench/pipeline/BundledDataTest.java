package uk.nhs.greenbench.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.InputException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundledDataTest {
    @TempDir
    Path dir;

    @Test
    void eachBundledYearSaysWhetherItHasSiteData() {
        BundledData bundled = BundledData.load(TestProject.home().resolve("data/bundled.json"));
        assertThat(bundled.year("2023-24").orElseThrow().hasSiteData()).isTrue();
        assertThat(bundled.year("2024-25").orElseThrow().hasSiteData()).isFalse();
    }

    @Test
    void aYearWithoutSiteDataStatedIsAClearError() throws Exception {
        Path file = dir.resolve("bundled.json");
        Files.writeString(file, "{\"years\": [{\"year\": \"2023-24\", \"files\": [\"x.csv\"]}]}");
        assertThatThrownBy(() -> BundledData.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("bundled.json").hasMessageContaining("\"siteData\"").hasMessageContaining("2023-24");
    }
}
