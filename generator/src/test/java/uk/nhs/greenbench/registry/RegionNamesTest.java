package uk.nhs.greenbench.registry;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.nhs.greenbench.TestProject;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * regions/nhs-regions.csv is derived, not published: this re-does the join of ODS etr region codes with ERIC
 * 2023/24 Commissioning Region names and checks the file still says what the data says.
 */
class RegionNamesTest {
    @Test
    void eachRegionCodesTrustsCarryTheEricNameInTheFile() throws Exception {
        OrgRegistry registry = TestProject.project().registry();
        Map<String, Map<String, Integer>> namesByCode = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(TestProject.home().resolve("data/eric/2023-24/eric_2023_24_trust_data.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : p) {
                String code = row.get(0).replace("\uFEFF", "").trim();
                registry.trust(code).ifPresent(o -> namesByCode.computeIfAbsent(o.regionCode(), k -> new HashMap<>())
                        .merge(row.get("Commissioning Region"), 1, Integer::sum));
            }
        }
        assertThat(namesByCode).hasSize(7);
        namesByCode.forEach((code, names) -> {
            String majority = names.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(registry.regionForEricName(majority)).as(code).contains(code);
        });
    }

    @Test
    void aTrustIsPlacedInItsIcbAndRegion() {
        OrgRegistry registry = TestProject.project().registry();
        Organisation rwv = registry.trust("RWV").orElseThrow();
        assertThat(rwv.regionCode()).isEqualTo("Y58");
        assertThat(registry.icb(rwv.icbCode()).orElseThrow().name()).isEqualTo("NHS Devon Integrated Care Board");
        assertThat(registry.region("Y58").orElseThrow().name()).isEqualTo("South West");
    }

    @Test
    void careTrustsMissingFromTheOdsTrustFileArePlacedByNhsEnglandsApportionment() {
        OrgRegistry registry = TestProject.project().registry();
        assertThat(registry.trust("TAD").orElseThrow().icbCode()).isEqualTo("QWO");
        assertThat(registry.trust("TAD").orElseThrow().placement()).isEqualTo(Organisation.BY_APPORTIONMENT);
        assertThat(registry.trust("TAF").orElseThrow().icbCode()).isEqualTo("QMJ");
        assertThat(registry.trust("TAF").orElseThrow().placement()).startsWith("successor G6V2S");
    }

    @Test
    void theApportionmentWinsOverTheHeadOfficePostcode() {
        Organisation oxleas = TestProject.project().registry().trust("RPG").orElseThrow();
        assertThat(oxleas.icbCode()).isEqualTo("QKK");
        assertThat(oxleas.regionCode()).isEqualTo("Y56");
    }

    @Test
    void aCareTrustIsComparedAsAMentalHealthTrustButGloucestershireCareServicesAsCommunity() {
        OrgRegistry registry = TestProject.project().registry();
        assertThat(registry.peerGroupFor("TAH", "Care Trust").orElseThrow().peerGroup()).isEqualTo("Mental Health and Learning Disability");
        assertThat(registry.peerGroupFor("R1J", "Care Trust").orElseThrow().peerGroup()).isEqualTo("Community");
        assertThat(registry.peerGroupFor("RWV", "Acute - Small")).isEmpty();
    }
}
