package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Clinical waste segregation against the NHS Clinical Waste Strategy's 20/20/60 mix, worked out by hand from the ERIC
 * 2023/24 site rows of Guy's and St Thomas' (RJ1, 28 sites: too much incineration and alternative treatment), Cambridge
 * University Hospitals (RGT: every tonne incinerated) and Lancashire and South Cumbria (RW5: beyond the mix, 84% offensive),
 * against figures.csv, with the factors read from factors/factors.json.
 */
class ClinicalWasteMixHandWorkedTest {
    private static List<CSVRecord> sites;
    private static double hti, at, off;

    @BeforeAll
    static void readTheSiteFileAndFactors() throws Exception {
        try (Reader r = Files.newBufferedReader(Packs.home().resolve("data/eric/2023-24/ERIC_Site.csv"), StandardCharsets.UTF_8)) {
            sites = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        JsonNode factors = new ObjectMapper().readTree(Packs.home().resolve("factors/factors.json").toFile());
        for (JsonNode f : factors.get("factors")) {
            switch (f.get("id").asText()) {
                case "clinical_hti" -> hti = f.at("/fixed/value").asDouble();
                case "clinical_alternative_treatment" -> at = f.at("/fixed/value").asDouble();
                case "offensive_waste" -> off = f.at("/fixed/value").asDouble();
                default -> { }
            }
        }
        assertThat(hti).isGreaterThan(at).isGreaterThan(off).isPositive();
    }

    /** Tonnes and £ of the three streams summed over the trust's sites: HTI, AT, offensive, then their costs. */
    private static double[] streams(String trust) {
        double[] t = new double[6];
        String[] headers = {"Incineration (clinical waste) volume (Tonnes)", "Alternative Treatment (clinical waste) volume (Tonnes)",
                "Offensive waste volume (Tonnes)", "Incineration (clinical waste) cost (£)", "Alternative Treatment (clinical waste) cost (£)",
                "Offensive waste cost (£)"};
        for (CSVRecord s : sites) {
            if (!s.get(0).replace("\uFEFF", "").equals(trust)) continue;
            for (int i = 0; i < headers.length; i++) {
                String v = s.get(headers[i]).replace(",", "").trim();
                if (!v.isEmpty() && !v.equals("N/A") && !v.equalsIgnoreCase("Not Applicable")) t[i] += Double.parseDouble(v);
            }
        }
        return t;
    }

    private static CSVRecord row(String trust, String indicator) throws Exception {
        return Packs.figure(Packs.LATEST, "trust", trust, indicator);
    }

    @Test
    void theSharesAreEachStreamOverAllThree() throws Exception {
        for (String trust : List.of("RJ1", "RGT", "RW5")) {
            double[] s = streams(trust);
            double total = s[0] + s[1] + s[2];
            assertThat(Packs.num(row(trust, "clinical-waste-offensive-share"), "value")).as(trust).isCloseTo(s[2] / total * 100, within(1e-9));
            assertThat(Packs.num(row(trust, "clinical-waste-segregation"), "denominator")).as(trust).isCloseTo(total, within(1e-9));
        }
    }

    @Test
    void guysMovesItsAlternativeTreatmentAndIncinerationAbove40PercentToOffensive() throws Exception {
        double[] s = streams("RJ1");
        double total = s[0] + s[1] + s[2];
        // RJ1 incinerates 20.6% (0.6 points over 20%) and sends 70.2% to the two infectious streams (30.2 over 40%):
        // the larger excess is what must move, all of it ending up as offensive waste.
        double overHti = s[0] - 0.2 * total, overBoth = s[0] + s[1] - 0.4 * total;
        assertThat(overHti).isPositive().isLessThan(overBoth);
        CSVRecord r = row("RJ1", "clinical-waste-segregation");
        assertThat(Packs.num(r, "numerator")).isCloseTo(overBoth, within(1e-6));
        assertThat(Packs.num(r, "value")).isCloseTo(overBoth / total * 100, within(1e-9));
        // Meeting the mix: incineration down to 20%, alternative treatment down to 20%, offensive up to 60%.
        double dHti = overHti, dAt = overBoth - overHti, dOff = -overBoth;
        double kg = dHti * hti + dAt * at + dOff * off;
        double gbp = dHti * s[3] / s[0] + dAt * s[4] / s[1] + dOff * s[5] / s[2];
        assertThat(Packs.num(r, "saving_target_units")).isCloseTo(overBoth, within(1e-6));
        assertThat(Packs.num(r, "saving_target_tco2e")).isCloseTo(kg / 1000, within(1e-6));
        assertThat(Packs.num(r, "saving_target_gbp")).isCloseTo(gbp, within(1e-3));
        // The typical saving goes the same way, as far as the peer median share to move: the same £ and kg per tonne.
        double typicalUnits = Packs.num(r, "saving_typical_units");
        assertThat(typicalUnits).isCloseTo((Packs.num(r, "value") - Packs.num(r, "peer_median")) / 100 * total, within(1e-6));
        assertThat(Packs.num(r, "saving_typical_tco2e")).isCloseTo(typicalUnits * kg / overBoth / 1000, within(1e-6));
    }

    @Test
    void aTrustThatIncineratesEverythingMovesEightyPercent() throws Exception {
        double[] s = streams("RGT");
        assertThat(s[1]).isZero();
        assertThat(s[2]).isZero();
        CSVRecord r = row("RGT", "clinical-waste-segregation");
        assertThat(Packs.num(r, "value")).isCloseTo(80, within(1e-9));
        assertThat(Packs.num(row("RGT", "clinical-waste-hti-share"), "value")).isCloseTo(100, within(1e-9));
        // 20% of the total to alternative treatment and 60% to offensive waste, each at the trust's own incineration factor
        // out and the route's factor in; it sends nothing those ways, so their £ per tonne is its peers' median.
        double total = s[0];
        assertThat(Packs.num(r, "saving_target_tco2e")).isCloseTo((0.8 * total * hti - 0.2 * total * at - 0.6 * total * off) / 1000, within(1e-6));
        assertThat(r.get("quality_flags")).contains("route_cost_peer_median");
    }

    @Test
    void aTrustBeyondTheMixHasNothingToMove() throws Exception {
        double[] s = streams("RW5");
        double total = s[0] + s[1] + s[2];
        assertThat(s[2] / total).isGreaterThan(0.6);
        assertThat(s[0] / total).isLessThan(0.2);
        CSVRecord r = row("RW5", "clinical-waste-segregation");
        assertThat(Packs.num(r, "value")).isZero();
        assertThat(Packs.num(r, "saving_target_units")).isZero();
        assertThat(Packs.num(r, "saving_typical_units")).isZero();
        assertThat(Packs.num(row("RW5", "clinical-waste-offensive-share"), "saving_target_units")).isZero();
    }

    @Test
    void englandsTargetSavingAddsItsTrusts() throws Exception {
        double units = 0, tco2e = 0;
        for (CSVRecord r : Packs.figures(Packs.LATEST)) {
            if (!r.get("level").equals("trust") || !r.get("indicator").equals("clinical-waste-segregation") || r.get("saving_target_units").isEmpty()) continue;
            units += Double.parseDouble(r.get("saving_target_units"));
            if (!r.get("saving_target_tco2e").isEmpty()) tco2e += Double.parseDouble(r.get("saving_target_tco2e"));
        }
        CSVRecord eng = Packs.figure(Packs.LATEST, "national", "ENG", "clinical-waste-segregation");
        assertThat(Packs.num(eng, "saving_target_units")).isCloseTo(units, within(1e-6));
        assertThat(Packs.num(eng, "saving_target_tco2e")).isCloseTo(tco2e, within(1e-6));
        assertThat(Packs.num(eng, "numerator")).isCloseTo(units, within(1e-6));
    }
}
