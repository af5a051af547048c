package uk.nhs.greenbench.capacity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.InputException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapacityAssumptionsFileTest {
    @TempDir
    Path dir;

    private Path edited(String from, String to) throws Exception {
        String json = Files.readString(TestProject.home().resolve(CapacityAssumptionsFile.FILE));
        assertThat(json).contains(from);
        Path file = dir.resolve("capacity.json");
        Files.writeString(file, json.replace(from, to));
        return file;
    }

    @Test
    void everyBundledAssumptionHasASource() {
        for (var i : TestProject.project().capacity().inputs()) assertThat(i.source()).as(i.id()).isNotBlank();
        assertThat(TestProject.project().capacity().grid().source()).contains("Clean Power 2030");
    }

    @Test
    void aPowerFactorWrittenAsAPercentageFailsNamingTheFileAndTheInput() throws Exception {
        Path file = edited("\"value\": 0.95", "\"value\": 95");
        assertThatThrownBy(() -> CapacityAssumptionsFile.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("power_factor").hasMessageContaining("out of range");
    }

    @Test
    void anUnknownAssumptionFailsRatherThanBeingIgnored() throws Exception {
        Path file = edited("\"id\": \"boiler_efficiency\"", "\"id\": \"boiler_efficency\"");
        assertThatThrownBy(() -> CapacityAssumptionsFile.load(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown assumption \"boiler_efficency\"");
    }
}
