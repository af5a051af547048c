package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation against the SDU's published 2016/17 figures: the SDU organisation summary gives building energy
 * tCO2e per FTE (1 decimal) and water m³ per FTE (whole m³). FTE cancels in their ratio, so greenbench's
 * energy tCO2e ÷ water m³ must fall inside the interval the published rounding allows.
 */
class SduAgreementTest {
    static final double REQUIRED = 0.85;

    @Test
    void energyCarbonOverWaterAgreesWithTheSduForAtLeast85PercentOfTrusts() throws Exception {
        Map<String, Double> energyT = new HashMap<>(), waterM3 = new HashMap<>();
        for (CSVRecord r : Packs.figures("2016-17")) {
            if (!r.get("level").equals("trust") || r.get("numerator").isEmpty()) continue;
            if (r.get("indicator").equals("energy-carbon-intensity")) energyT.put(r.get("code"), Double.parseDouble(r.get("numerator")) / 1000);
            if (r.get("indicator").equals("water-intensity")) waterM3.put(r.get("code"), Double.parseDouble(r.get("numerator")));
        }
        int compared = 0, agree = 0;
        List<String> disagree = new ArrayList<>();
        for (CSVRecord s : Packs.csv(Packs.home().resolve("data/sdu/org-summaries/Organisational_Summary_2017.csv"))) {
            Double nrg = number(s.get("c_nrg_fte")), water = number(s.get("c_water_fte"));
            String code = s.get("c_org_code");
            if (nrg == null || water == null || !energyT.containsKey(code) || !waterM3.containsKey(code) || waterM3.get(code) <= 0) continue;
            compared++;
            double ours = energyT.get(code) / waterM3.get(code);
            double low = Math.max(0, nrg - 0.05) / (water + 0.5);
            double high = (nrg + 0.05) / Math.max(water - 0.5, 1e-9);
            if (ours >= low && ours <= high) agree++;
            else disagree.add(code);
        }
        double share = (double) agree / compared;
        System.out.printf("SDU 2016/17 agreement: %d of %d trusts (%.1f%%); outside the rounding interval: %s%n",
                agree, compared, share * 100, disagree);
        assertThat(compared).isGreaterThanOrEqualTo(230);
        assertThat(share).isGreaterThanOrEqualTo(REQUIRED);
    }

    @Test
    void trustsWhoseChpInputExceedsTheirGasNowAgreeWithTheSdu() throws Exception {
        // RR8 (Leeds) reports 12.5 GWh of gas but 282 GWh into its CHPs: counted as gas only, its energy carbon was a quarter
        // of the SDU's; with the CHP input counted as its fuel it is within the SDU's by a third (the SDU credits exports).
        Map<String, Double> ratio = new HashMap<>();
        for (String code : List.of("RR8", "RTF")) {
            double t = Double.parseDouble(Packs.figure("2016-17", "trust", code, "energy-carbon-intensity").get("numerator")) / 1000;
            double m3 = Double.parseDouble(Packs.figure("2016-17", "trust", code, "water-intensity").get("numerator"));
            assertThat(Packs.figure("2016-17", "trust", code, "energy-carbon-intensity").get("quality_flags")).contains("chp_fuel_added(");
            ratio.put(code, t / m3);
        }
        for (CSVRecord s : Packs.csv(Packs.home().resolve("data/sdu/org-summaries/Organisational_Summary_2017.csv"))) {
            if (!ratio.containsKey(s.get("c_org_code"))) continue;
            double sdu = Double.parseDouble(s.get("c_nrg_fte")) / Double.parseDouble(s.get("c_water_fte"));
            assertThat(ratio.get(s.get("c_org_code")) / sdu).as(s.get("c_org_code")).isBetween(0.75, 1.35);
        }
        assertThat(Packs.csv(Packs.pack("2016-17").resolve("data-quality.csv")).stream()
                .filter(q -> q.get("issue").equals("chp_fuel_added")).map(q -> q.get("code"))).contains("RR8", "RTF");
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
