package uk.nhs.greenbench.bench;

import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.ingest.SiteRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCopiesTest {
    private final SiteRecord real = new SiteRecord("RJ1", "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "LONDON COMMISSIONING REGION",
            "ACUTE - TEACHING", "RJ121", "ST THOMAS' HOSPITAL", "General acute hospital",
            Map.of("gia_m2", 1000.0, "water_m3", 5000.0), "ERIC_Site.csv, row 12");

    @Test
    void eachRowIsFollowedByLabelledCopiesWithinThirtyPercentOfIt() {
        List<SiteRecord> out = new ArrayList<>();
        new SyntheticCopies(3).apply(out::add).accept(real);
        assertThat(out).extracting(SiteRecord::trustCode).containsExactly("RJ1", "SYN2RJ1", "SYN3RJ1");
        for (SiteRecord copy : out.subList(1, 3)) {
            assertThat(copy.trustName()).startsWith("SYNTHETIC COPY");
            assertThat(copy.trustType()).startsWith("ACUTE - TEACHING SYNTHETIC SET");
            assertThat(copy.sourceRow()).startsWith("SYNTHETIC copy").endsWith("ERIC_Site.csv, row 12");
            assertThat(copy.measure("water_m3")).isBetween(3500.0, 6500.0).isNotEqualTo(5000.0);
        }
    }

    @Test
    void copiesAreTheSameOnEveryRunAndSitInTheirOriginalsIcs() {
        List<SiteRecord> a = new ArrayList<>(), b = new ArrayList<>();
        new SyntheticCopies(2).apply(a::add).accept(real);
        new SyntheticCopies(2).apply(b::add).accept(real);
        assertThat(a.get(1).measures()).isEqualTo(b.get(1).measures());
        var registry = new SyntheticCopies(2).registry(TestProject.project().registry());
        assertThat(registry.trust("SYN2RJ1").orElseThrow().icbCode())
                .isEqualTo(registry.trust("RJ1").orElseThrow().icbCode());
    }
}
