package uk.nhs.greenbench.e2e;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What reaches a headline: one adding-up rule for £ and tCO2e, costs shown as costs, implausible own prices
 * replaced, and likely unit errors shown but left out of everything computed from them.
 */
class HeadlineFiguresTest {
    static final Set<String> HEADLINE = PdfReportsTest.HEADLINE;

    private static List<CSVRecord> rows(String year, String level, String indicator) throws Exception {
        return Packs.figures(year).stream().filter(r -> r.get("level").equals(level) && r.get("indicator").equals(indicator)).toList();
    }

    private static double sum(List<CSVRecord> rows, String column) {
        return rows.stream().filter(r -> !r.get(column).isEmpty()).mapToDouble(r -> Double.parseDouble(r.get(column))).sum();
    }

    @Test
    void aTrustsHeadlineIsTheSumOfItsHeadlineRowsCostsIncluded() throws Exception {
        List<CSVRecord> salisbury = Packs.figures("2023-24").stream()
                .filter(r -> r.get("level").equals("trust") && r.get("code").equals("RNZ") && HEADLINE.contains(r.get("indicator"))).toList();
        double gbp = sum(salisbury, "saving_typical_gbp"), t = sum(salisbury, "saving_typical_tco2e");
        String text = PdfReportsTest.text(PdfReportsTest.report("trusts", "RNZ"));
        CSVRecord clinical = Packs.figure("2023-24", "trust", "RNZ", "clinical-incineration-share");
        double move = Packs.num(clinical, "saving_typical_gbp");
        assertThat(move).as("moving Salisbury's clinical waste to alternative treatment costs money").isNegative();
        assertThat(text).contains("costs " + PdfReportsTest.gbp(-move));
        if (gbp < 0) {
            assertThat(text).contains(String.format(java.util.Locale.UK, "%,.1f tCO2e at a cost of %s a year", t, PdfReportsTest.gbp(-gbp)));
        } else {
            assertThat(text).contains("would save " + PdfReportsTest.gbp(gbp) + " and " + String.format(java.util.Locale.UK, "%,.1f tCO2e", t));
        }
        assertThat(text).doesNotContain("-£").doesNotContain("−£");
    }

    @Test
    void anImplausibleOwnPriceIsReplacedByThePeerMedian() throws Exception {
        CSVRecord clinical = Packs.figure("2023-24", "trust", "RNZ", "clinical-incineration-share");
        assertThat(clinical.get("quality_flags")).contains("unit_price_implausible(own 8673");
        assertThat(Math.abs(Packs.num(clinical, "saving_typical_gbp"))).as("no longer -£2.7m").isLessThan(500_000);
    }

    @Test
    void anAreaAddsPoundsAndCarbonOverTheSameTrusts() throws Exception {
        for (String indicator : List.of("clinical-incineration-share", "landfill-share", "fossil-heating-share", "water-intensity")) {
            List<CSVRecord> trusts = rows("2023-24", "trust", indicator);
            CSVRecord nation = rows("2023-24", "national", indicator).get(0);
            assertThat(Packs.num(nation, "saving_typical_gbp")).as(indicator).isCloseTo(sum(trusts, "saving_typical_gbp"), within(1e-3));
            assertThat(Packs.num(nation, "saving_typical_tco2e")).as(indicator).isCloseTo(sum(trusts, "saving_typical_tco2e"), within(1e-6));
        }
    }

    @Test
    void likelyUnitErrorsAreShownFlaggedAndLeftOutOfTotalsAndSavings() throws Exception {
        List<CSVRecord> waste = rows("2019-20", "trust", "waste-intensity");
        List<CSVRecord> flagged = waste.stream().filter(r -> r.get("quality_flags").contains("unit_error_likely")).toList();
        assertThat(flagged).extracting(r -> r.get("code")).contains("RRF", "RHA", "RGD", "R1F", "RY9");
        for (CSVRecord r : flagged) {
            assertThat(r.get("value")).isNotEmpty();
            assertThat(r.get("saving_typical_gbp")).isEmpty();
            assertThat(r.get("saving_typical_tco2e")).isEmpty();
            assertThat(r.get("peer_rank")).isEmpty();
        }
        List<CSVRecord> usable = waste.stream().filter(r -> !r.get("value").isEmpty() && !flagged.contains(r)).toList();
        CSVRecord nation = rows("2019-20", "national", "waste-intensity").get(0);
        assertThat(Packs.num(nation, "value")).isCloseTo(sum(usable, "numerator") / sum(usable, "denominator") * 1000, within(1e-9));
        assertThat(nation.get("quality_flags")).contains("members_unit_error_likely(" + flagged.size() + " left out)");
        // No peer median moves with a flagged value: every trust's comparators exclude it.
        CSVRecord rgd = Packs.figure("2019-20", "trust", "RGD", "waste-intensity");
        List<Double> peers = usable.stream().filter(r -> r.get("comparator").equals(rgd.get("comparator"))).map(r -> Packs.num(r, "value")).sorted().toList();
        assertThat(Packs.num(rgd, "peer_median")).isCloseTo(median(peers), within(1e-9));
        assertThat(Packs.csv(Packs.pack("2019-20").resolve("data-quality.csv")).stream().filter(q -> q.get("issue").equals("unit_error_likely")))
                .hasSize((int) Packs.figures("2019-20").stream().filter(r -> r.get("level").equals("trust") && r.get("quality_flags").contains("unit_error_likely")).count());
    }

    @Test
    void englandsWasteTrendIsNoLongerDrivenByUnitErrors() throws Exception {
        CSVRecord trend = Packs.trends("2023-24").stream().filter(r -> r.get("level").equals("national") && r.get("indicator").equals("waste-intensity"))
                .findFirst().orElseThrow();
        assertThat(trend.get("baseline_year")).isEqualTo("2019-20");
        assertThat(Packs.num(trend, "change_pct")).as("about -40% when five trusts' tonnages were 10-100 times too large").isBetween(-15.0, 15.0);
    }

    @Test
    void anOrdinaryOutlierIsFlaggedAndStillCounts() throws Exception {
        List<CSVRecord> outliers = rows("2019-20", "trust", "waste-intensity").stream()
                .filter(r -> r.get("quality_flags").contains("outlier(robust z")).toList();
        assertThat(outliers).isNotEmpty().allSatisfy(r -> assertThat(r.get("saving_typical_units")).isNotEmpty());
    }

    @Test
    void noReportPrintsANegativeZero() throws Exception {
        for (String[] r : new String[][]{{"national", "ENG"}, {"regions", "Y56"}, {"ics", "QKK"}, {"trusts", "RJ1"}}) {
            assertThat(PdfReportsTest.text(PdfReportsTest.report(r[0], r[1]))).doesNotContain("-0.0").doesNotContain("−0.0");
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
